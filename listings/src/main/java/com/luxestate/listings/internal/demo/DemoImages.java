package com.luxestate.listings.internal.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import com.luxestate.listings.PropertyType;
import com.luxestate.listings.internal.demo.DemoPictures.Kind;
import com.luxestate.listings.internal.media.ImagePipeline;
import com.luxestate.listings.internal.media.MediaKeys;
import com.luxestate.listings.internal.media.MediaStorage;

/**
 * The images of demo listings: a small pool of pictures drawn at load time ({@link DemoPictures}), put through the
 * real {@link ImagePipeline} and stored like any upload, whole or not at all ({@link MediaStorage#storeImage}), but
 * once, under {@code listings/<pool id>/<image id>/}. Many demo listings' image rows then share each picture's files, which the
 * media janitor deletes only when no image row references them any more.
 */
final class DemoImages {

	/**
	 * Pictures drawn of each kind: 24 in all, about 150 KB each once stored in all sizes. Drawing and processing one
	 * takes about a quarter of a second; more would make every load slower and look little different.
	 */
	static final int PER_KIND = 4;

	/** One stored picture, as an image row refers to it. */
	record DemoImage(Kind kind, String storageKey, int width, int height, String altText) {
	}

	private final Map<Kind, List<DemoImage>> byKind;

	private DemoImages(Map<Kind, List<DemoImage>> byKind) {
		this.byKind = byKind;
	}

	/** Draws, processes and stores the pool; the same seed draws the same pictures (stored under new keys). */
	static DemoImages store(ImagePipeline pipeline, MediaStorage storage, long seed) {
		var pool = UUID.randomUUID();
		var kinds = Kind.values();
		var images = IntStream.range(0, kinds.length * PER_KIND).parallel()
				.mapToObj(index -> store(DemoPictures.draw(kinds[index % kinds.length],
						new SplittableRandom(seed * 1_000 + index)), pipeline, storage, pool))
				.collect(Collectors.groupingBy(DemoImage::kind, () -> new EnumMap<>(Kind.class), Collectors.toList()));
		return new DemoImages(images);
	}

	private static DemoImage store(DemoPictures.Picture picture, ImagePipeline pipeline, MediaStorage storage,
			UUID pool) {
		var processed = pipeline.process(png(picture));
		var prefix = MediaKeys.imagePrefix(pool, UUID.randomUUID());
		storage.storeImage(prefix, processed.derivatives());
		return new DemoImage(picture.kind(), prefix, processed.width(), processed.height(), picture.description());
	}

	private static byte[] png(DemoPictures.Picture picture) {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(picture.image(), "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A picture that suits a listing of the type: a living room or the building for a flat, a field for land. */
	DemoImage pick(PropertyType type, SplittableRandom random) {
		var kinds = Kind.showing(type);
		var images = byKind.get(kinds.get(random.nextInt(kinds.size())));
		return images.get(random.nextInt(images.size()));
	}

	List<DemoImage> all() {
		return byKind.values().stream().flatMap(List::stream).toList();
	}
}

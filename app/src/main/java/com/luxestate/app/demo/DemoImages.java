package com.luxestate.app.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import com.luxestate.app.demo.DemoPictures.Kind;
import com.luxestate.listings.ListingImport;
import com.luxestate.listings.NewListing;
import com.luxestate.listings.PictureRef;
import com.luxestate.listings.PropertyType;

/**
 * The images of demo listings: a small pool of pictures drawn at load time
 * ({@link DemoPictures}) and imported once each
 * ({@link ListingImport.Session#importPicture}), which processes and stores them as
 * uploads; thousands of demo listings then show each picture, sharing its files.
 */
final class DemoImages {

	/**
	 * Pictures drawn of each kind: 24 in all, about 150 KB each once stored in all sizes.
	 * Drawing and processing one takes about a quarter of a second; more would make every
	 * load slower and look little different.
	 */
	static final int PER_KIND = 4;

	/**
	 * One imported picture and what it shows, in words (the alt text of the images that
	 * show it).
	 */
	record DemoImage(Kind kind, PictureRef picture, String altText) {

		NewListing.Image image() {
			return new NewListing.Image(picture, altText);
		}
	}

	private final Map<Kind, List<DemoImage>> byKind;

	private DemoImages(Map<Kind, List<DemoImage>> byKind) {
		this.byKind = byKind;
	}

	/** Draws and imports the pool; the same seed draws the same pictures. */
	static DemoImages importInto(ListingImport.Session session, long seed) {
		var kinds = Kind.values();
		var images = IntStream.range(0, kinds.length * PER_KIND).parallel().mapToObj(index -> {
			var picture = DemoPictures.draw(kinds[index % kinds.length], new SplittableRandom(seed * 1_000 + index));
			return new DemoImage(picture.kind(), session.importPicture(png(picture)), picture.description());
		}).collect(Collectors.groupingBy(DemoImage::kind, () -> new EnumMap<>(Kind.class), Collectors.toList()));
		return new DemoImages(images);
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

	/**
	 * A picture that suits a listing of the type: a living room or the building for a
	 * flat, a field for land.
	 */
	DemoImage pick(PropertyType type, SplittableRandom random) {
		var kinds = Kind.showing(type);
		var images = byKind.get(kinds.get(random.nextInt(kinds.size())));
		return images.get(random.nextInt(images.size()));
	}

	List<DemoImage> all() {
		return byKind.values().stream().flatMap(List::stream).toList();
	}

}

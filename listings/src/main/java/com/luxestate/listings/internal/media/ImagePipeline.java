package com.luxestate.listings.internal.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

import org.springframework.stereotype.Component;

import com.luxestate.listings.internal.ListingProblems;
import com.luxestate.platform.ProblemException;
import com.luxestate.platform.ProblemType;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.filters.Flip;
import net.coobird.thumbnailator.filters.ImageFilter;
import net.coobird.thumbnailator.filters.Pipeline;
import net.coobird.thumbnailator.filters.Rotation;

/**
 * Turns an upload into the stored derivatives: recognised by content, measured from its
 * header before any pixel is decoded (so a small file claiming 100,000 × 100,000 pixels
 * is refused before it can exhaust memory), turned upright by its EXIF orientation, and
 * re-encoded as plain JPEG, which leaves every piece of metadata (EXIF GPS, camera
 * serials, XMP, comments) behind.
 */
@Component
public class ImagePipeline {

	public static final long MAX_BYTES = 15L * 1024 * 1024;

	public static final long MAX_PIXELS = 40_000_000L;

	/** The most pixels a side of a JPEG can have, so of a derivative. */
	static final int MAX_DERIVATIVE_SIDE = 65_535;
	static final float JPEG_QUALITY = 0.85f;

	public ProcessedImage process(byte[] content) {
		if (content.length > MAX_BYTES) {
			throw ListingProblems.imageTooLarge();
		}
		var format = ImageFormat.recognise(content)
			.orElseThrow(() -> ProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
					"Only JPEG, PNG and WebP images are accepted, recognised by their content."));
		if (format == ImageFormat.WEBP) {
			WebpFrame.checkMatchesItsCanvas(content);
		}
		var orientation = ExifOrientation.of(content, format);
		var upright = orient(decode(content, format, orientation), orientation);
		var opaque = flattened(upright);
		var derivatives = new EnumMap<ImageDerivative, byte[]>(ImageDerivative.class);
		int width = 0;
		int height = 0;
		for (var derivative : ImageDerivative.values()) {
			var resized = resized(opaque, derivative.width());
			derivatives.put(derivative, jpeg(resized));
			width = resized.getWidth();
			height = resized.getHeight();
		}
		return new ProcessedImage(format, width, height, derivatives);
	}

	private static BufferedImage decode(byte[] content, ImageFormat format, int orientation) {
		try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			var readers = ImageIO.getImageReadersByFormatName(format.readerFormatName());
			if (input == null || !readers.hasNext()) {
				throw ProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
						"This " + format + " image cannot be read.");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE,
							"An image may have at most 40 megapixels; this one has " + pixels / 1_000_000 + ".");
				}
				// Turned upright by orientations 5 to 8, the picture's width is the
				// file's height.
				var sideways = orientation >= 5 && orientation <= 8;
				var width = sideways ? reader.getHeight(0) : reader.getWidth(0);
				var height = sideways ? reader.getWidth(0) : reader.getHeight(0);
				if (!everyDerivativeCanBeMade(width, height)) {
					throw ProblemException.of(ProblemType.UNPROCESSABLE, "An image of " + width + " × " + height
							+ " pixels cannot be stored: scaled to the stored widths it would be under 1 pixel or over "
							+ MAX_DERIVATIVE_SIDE + " pixels high.");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ProblemException refusal) {
				throw refusal;
			}
			throw ProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
					"The file is not a readable " + format + " image.");
		}
	}

	/**
	 * Whether the picture scaled to each derivative's width (never up) has a height JPEG
	 * can hold: a 1 × 40,000,000 needle is within the megapixel limit, yet would be
	 * decoded for seconds only to fail at encoding.
	 */
	static boolean everyDerivativeCanBeMade(long width, long height) {
		for (var derivative : ImageDerivative.values()) {
			var scaledHeight = width <= derivative.width() ? height
					: Math.round((double) height * derivative.width() / width);
			if (scaledHeight < 1 || scaledHeight > MAX_DERIVATIVE_SIDE) {
				return false;
			}
		}
		return true;
	}

	/**
	 * EXIF orientations 2 to 8, as the turns and mirrors that make the picture upright.
	 */
	static BufferedImage orient(BufferedImage image, int orientation) {
		ImageFilter filter = switch (orientation) {
			case 2 -> Flip.HORIZONTAL;
			case 3 -> Rotation.ROTATE_180_DEGREES;
			case 4 -> Flip.VERTICAL;
			case 5 -> new Pipeline(Rotation.RIGHT_90_DEGREES, Flip.HORIZONTAL);
			case 6 -> Rotation.RIGHT_90_DEGREES;
			case 7 -> new Pipeline(Rotation.LEFT_90_DEGREES, Flip.HORIZONTAL);
			case 8 -> Rotation.LEFT_90_DEGREES;
			default -> null;
		};
		return filter == null ? image : filter.apply(image);
	}

	/** JPEG has no transparency: transparent pixels become white rather than black. */
	private static BufferedImage flattened(BufferedImage image) {
		var opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		var graphics = opaque.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			graphics.drawImage(image, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return opaque;
	}

	private static BufferedImage resized(BufferedImage image, int width) {
		if (image.getWidth() <= width) {
			return image;
		}
		try {
			return Thumbnails.of(image).width(width).asBufferedImage();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Resizing an image failed", ex);
		}
	}

	private static byte[] jpeg(BufferedImage image) {
		var out = new ByteArrayOutputStream();
		try {
			// Written from pixels alone: no metadata of the original can reach the
			// output.
			Thumbnails.of(image).scale(1).outputFormat("jpg").outputQuality(JPEG_QUALITY).toOutputStream(out);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Encoding an image failed", ex);
		}
		return out.toByteArray();
	}

	/** The stored derivatives of one upload, and the size of the largest. */
	public record ProcessedImage(ImageFormat format, int width, int height, Map<ImageDerivative, byte[]> derivatives) {
	}

}

package com.luxestate.listings.testing;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Real image files for upload tests, written the way cameras and phones write them. */
public final class TestImages {

	private TestImages() {
	}

	public static byte[] png(int width, int height) {
		return encode(picture(width, height), "png");
	}

	public static byte[] jpeg(int width, int height) {
		return encode(picture(width, height), "jpg");
	}

	/** A phone photo: GPS position of where it was taken, and the orientation the sensor was held in. */
	public static byte[] jpegWithGpsAndOrientation(int width, int height, double latitude, double longitude,
			int orientation) {
		try {
			var exif = new TiffOutputSet();
			exif.setGpsInDegrees(longitude, latitude);
			exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
			var out = new ByteArrayOutputStream();
			new ExifRewriter().updateExifMetadataLossless(jpeg(width, height), out, exif);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A decompression bomb: a valid PNG header claiming {@code width × height} pixels, with a few bytes of data.
	 * Decoding it would need gigabytes; only its header may be read.
	 */
	public static byte[] pngClaiming(int width, int height) {
		var out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		var header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
				.put((byte) 0).put((byte) 0).put((byte) 0).array();
		chunk(out, "IHDR", header);
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/** A 1 × 1 lossless WebP, as browsers export it. */
	public static byte[] webp() {
		return java.util.Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
	}

	/** Whether the bytes carry an EXIF block, or the GPS IFD tag anywhere. */
	public static boolean hasExif(byte[] image) {
		var text = new String(image, StandardCharsets.ISO_8859_1);
		return text.contains("Exif\0\0") || text.contains("GPS");
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		var crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/** Left half red, right half blue: orientation changes are visible in the pixels. */
	private static BufferedImage picture(int width, int height) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width / 2, height);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(width / 2, 0, width - width / 2, height);
		graphics.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}

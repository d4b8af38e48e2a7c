package com.luxestate.listings.testing;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

	/**
	 * A phone photo: GPS position of where it was taken, and the orientation the sensor
	 * was held in.
	 */
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
	 * A decompression bomb: a valid PNG header claiming {@code width × height} pixels,
	 * with a few bytes of data. Decoding it would need gigabytes; only its header may be
	 * read.
	 */
	public static byte[] pngClaiming(int width, int height) {
		var out = pngSignatureAndHeader(width, height, 2);
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/**
	 * A valid grey PNG of {@code width × height} pixels, all of its rows written (so
	 * decoders can read all of it), compressed as they come: a 1 × 40,000,000 image takes
	 * a few dozen KB.
	 */
	public static byte[] greyPng(int width, int height) {
		var out = pngSignatureAndHeader(width, height, 0);
		var pixels = new ByteArrayOutputStream();
		try (var deflated = new java.util.zip.DeflaterOutputStream(pixels,
				new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION), 1 << 16)) {
			var row = new byte[width + 1]; // filter type 0, then grey pixels
			java.util.Arrays.fill(row, 1, row.length, (byte) 0x80);
			var rows = new byte[Math.max(1, (1 << 16) / row.length) * row.length];
			for (var i = 0; i < rows.length; i += row.length) {
				System.arraycopy(row, 0, rows, i, row.length);
			}
			var perBlock = rows.length / row.length;
			for (long written = 0; written < height; written += perBlock) {
				var count = (int) Math.min(perBlock, height - written);
				deflated.write(rows, 0, count * row.length);
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		chunk(out, "IDAT", pixels.toByteArray());
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/** A 1 × 1 lossless WebP, as browsers export it. */
	public static byte[] webp() {
		return java.util.Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
	}

	/**
	 * A lossless WebP of the test picture (left half red, right half blue), written bit
	 * by bit: no WebP encoder ships with Java. No transforms, no colour cache, one prefix
	 * code per channel, each with one or two symbols.
	 */
	public static byte[] webp(int width, int height) {
		var bits = new BitWriter();
		bits.write(0x2F, 8); // VP8L signature
		bits.write(width - 1, 14);
		bits.write(height - 1, 14);
		bits.write(0, 1); // no alpha used
		bits.write(0, 3); // version
		bits.write(0, 1); // no transform
		bits.write(0, 1); // no colour cache
		bits.write(0, 1); // one prefix code group for the whole image
		simpleCode(bits, 0); // green: always 0
		simpleCode(bits, 0, 255); // red: 0 or 255, one bit per pixel
		simpleCode(bits, 0, 255); // blue: 0 or 255, one bit per pixel
		simpleCode(bits, 255); // alpha: always opaque
		simpleCode(bits, 0); // distance: unused
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				var red = x < width / 2;
				bits.write(red ? 1 : 0, 1);
				bits.write(red ? 0 : 1, 1);
			}
		}
		return riff(List.of(riffChunk("VP8L", bits.toByteArray())));
	}

	/**
	 * The PNG or WebP with an EXIF orientation (1 to 8), stored where each format keeps
	 * EXIF: a PNG {@code eXIf} chunk, a WebP {@code EXIF} chunk in the extended format.
	 * The pixels are unchanged.
	 */
	public static byte[] withExifOrientation(byte[] image, int orientation) {
		var tiff = ByteBuffer.allocate(26)
			.put((byte) 'M')
			.put((byte) 'M')
			.putShort((short) 42)
			.putInt(8)
			.putShort((short) 1) // one entry in IFD0
			.putShort((short) 0x0112)
			.putShort((short) 3)
			.putInt(1)
			.putShort((short) orientation)
			.putShort((short) 0)
			.putInt(0) // no next IFD
			.array();
		if (image[0] == (byte) 0x89) {
			var out = new ByteArrayOutputStream();
			out.write(image, 0, 33); // signature and IHDR
			chunk(out, "eXIf", tiff);
			out.write(image, 33, image.length - 33);
			return out.toByteArray();
		}
		var decoded = read(image);
		var header = ByteBuffer.allocate(10)
			.order(ByteOrder.LITTLE_ENDIAN)
			.put((byte) 0x08) // EXIF present
			.put(new byte[3])
			.putShort((short) (decoded.getWidth() - 1))
			.put((byte) 0)
			.putShort((short) (decoded.getHeight() - 1))
			.put((byte) 0)
			.array();
		var bitstream = java.util.Arrays.copyOfRange(image, 12, image.length); // the VP8L
																				// chunk
																				// as it
																				// is
		return riff(List.of(riffChunk("VP8X", header), bitstream, riffChunk("EXIF", tiff)));
	}

	/**
	 * An extended WebP declaring a canvas, with a lossy ({@code VP8 }) frame header of
	 * another size and no image data behind it; animated when asked.
	 */
	public static byte[] webpDeclaring(int canvasWidth, int canvasHeight, int frameWidth, int frameHeight,
			boolean animated) {
		var header = ByteBuffer.allocate(10)
			.order(ByteOrder.LITTLE_ENDIAN)
			.put((byte) (animated ? 0x02 : 0x00))
			.put(new byte[3])
			.putShort((short) (canvasWidth - 1))
			.put((byte) ((canvasWidth - 1) >>> 16))
			.putShort((short) (canvasHeight - 1))
			.put((byte) ((canvasHeight - 1) >>> 16))
			.array();
		var frame = ByteBuffer.allocate(10)
			.order(ByteOrder.LITTLE_ENDIAN)
			.put(new byte[] { 0x10, 0x02, 0x00, (byte) 0x9D, 0x01, 0x2A })
			.putShort((short) frameWidth)
			.putShort((short) frameHeight)
			.array();
		return riff(List.of(riffChunk("VP8X", header), riffChunk("VP8 ", frame)));
	}

	/** Whether the bytes carry an EXIF block, or the GPS IFD tag anywhere. */
	public static boolean hasExif(byte[] image) {
		var text = new String(image, StandardCharsets.ISO_8859_1);
		return text.contains("Exif\0\0") || text.contains("GPS");
	}

	/**
	 * A PNG's signature and {@code IHDR}: 8 bits per sample, of the colour type given.
	 */
	private static ByteArrayOutputStream pngSignatureAndHeader(int width, int height, int colourType) {
		var out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		var header = ByteBuffer.allocate(13)
			.putInt(width)
			.putInt(height)
			.put((byte) 8)
			.put((byte) colourType)
			.put((byte) 0)
			.put((byte) 0)
			.put((byte) 0)
			.array();
		chunk(out, "IHDR", header);
		return out;
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

	private static void simpleCode(BitWriter bits, int... symbols) {
		bits.write(1, 1); // a simple code
		bits.write(symbols.length - 1, 1);
		var wide = java.util.Arrays.stream(symbols).anyMatch(symbol -> symbol > 1);
		bits.write(wide ? 1 : 0, 1);
		bits.write(symbols[0], wide ? 8 : 1);
		if (symbols.length == 2) {
			bits.write(symbols[1], 8);
		}
	}

	private static byte[] riffChunk(String fourCc, byte[] data) {
		var chunk = ByteBuffer.allocate(8 + data.length + data.length % 2)
			.order(ByteOrder.LITTLE_ENDIAN)
			.put(fourCc.getBytes(StandardCharsets.US_ASCII))
			.putInt(data.length)
			.put(data);
		return chunk.array();
	}

	private static byte[] riff(List<byte[]> chunks) {
		var size = 4 + chunks.stream().mapToInt(chunk -> chunk.length).sum();
		var out = ByteBuffer.allocate(8 + size)
			.order(ByteOrder.LITTLE_ENDIAN)
			.put("RIFF".getBytes(StandardCharsets.US_ASCII))
			.putInt(size)
			.put("WEBP".getBytes(StandardCharsets.US_ASCII));
		chunks.forEach(out::put);
		return out.array();
	}

	/**
	 * Bits in the order WebP lossless reads them: each value least significant bit first,
	 * bytes filled from bit 0.
	 */
	private static final class BitWriter {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private int current;

		private int used;

		void write(int value, int count) {
			for (int i = 0; i < count; i++) {
				current |= ((value >>> i) & 1) << used;
				if (++used == 8) {
					bytes.write(current);
					current = 0;
					used = 0;
				}
			}
		}

		byte[] toByteArray() {
			if (used > 0) {
				bytes.write(current);
				current = 0;
				used = 0;
			}
			return bytes.toByteArray();
		}

	}

	private static BufferedImage read(byte[] image) {
		try {
			return ImageIO.read(new java.io.ByteArrayInputStream(image));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

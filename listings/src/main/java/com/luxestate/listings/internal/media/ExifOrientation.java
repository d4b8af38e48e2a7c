package com.luxestate.listings.internal.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the EXIF orientation (TIFF tag 0x0112) of an upload without decoding it. Cameras
 * store pixels as the sensor saw them and say in this tag how to turn them; since
 * re-encoding drops EXIF, the turn must be applied to the pixels. Each format keeps EXIF
 * in its own place: a JPEG APP1 segment, a PNG {@code eXIf} chunk, a WebP {@code EXIF}
 * chunk.
 */
final class ExifOrientation {

	static final int NORMAL = 1;

	private ExifOrientation() {
	}

	/** The orientation 1 to 8, or 1 when there is none or the EXIF data is broken. */
	static int of(byte[] content, ImageFormat format) {
		try {
			return switch (format) {
				case JPEG -> ofJpeg(content);
				case PNG -> ofPng(content);
				case WEBP -> ofWebp(content);
			};
		}
		catch (IndexOutOfBoundsException | IllegalArgumentException | ArithmeticException ex) {
			return NORMAL; // malformed EXIF: treat as no orientation rather than refusing
							// the image
		}
	}

	private static int ofJpeg(byte[] jpeg) {
		int offset = 2;
		while (offset + 4 <= jpeg.length && (jpeg[offset] & 0xFF) == 0xFF) {
			int marker = jpeg[offset + 1] & 0xFF;
			int length = ((jpeg[offset + 2] & 0xFF) << 8) | (jpeg[offset + 3] & 0xFF);
			if (marker == 0xDA || marker == 0xD9) {
				break; // image data starts: no EXIF came before it
			}
			if (marker == 0xE1 && length > 8 && isExifHeader(jpeg, offset + 4)) {
				return orientationInTiff(jpeg, offset + 10, offset + 2 + length);
			}
			offset += 2 + length;
		}
		return NORMAL;
	}

	/**
	 * Chunks after the 8-byte signature: length (big-endian), type, data, CRC.
	 * {@code eXIf} holds the bare TIFF.
	 */
	private static int ofPng(byte[] png) {
		var chunks = ByteBuffer.wrap(png);
		int offset = 8;
		while (offset + 12 <= png.length) {
			long length = chunks.getInt(offset) & 0xFFFFFFFFL;
			var type = new String(png, offset + 4, 4, StandardCharsets.US_ASCII);
			if (type.equals("eXIf")) {
				return orientationInTiff(png, offset + 8, Math.toIntExact(offset + 8 + length));
			}
			if (type.equals("IEND")) {
				break;
			}
			offset = Math.toIntExact(offset + 12 + length);
		}
		return NORMAL;
	}

	/**
	 * RIFF chunks after the 12-byte header: type, length (little-endian), data padded to
	 * an even length. Some writers put JPEG's {@code Exif\0\0} before the TIFF data in
	 * the {@code EXIF} chunk, others do not.
	 */
	private static int ofWebp(byte[] webp) {
		var chunks = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
		int offset = 12;
		while (offset + 8 <= webp.length) {
			var type = new String(webp, offset, 4, StandardCharsets.US_ASCII);
			long length = chunks.getInt(offset + 4) & 0xFFFFFFFFL;
			if (type.equals("EXIF")) {
				int start = offset + 8;
				int end = Math.toIntExact(start + length);
				if (length > 6 && isExifHeader(webp, start)) {
					start += 6;
				}
				return orientationInTiff(webp, start, end);
			}
			offset = Math.toIntExact(offset + 8 + length + (length & 1));
		}
		return NORMAL;
	}

	private static boolean isExifHeader(byte[] content, int at) {
		return content[at] == 'E' && content[at + 1] == 'x' && content[at + 2] == 'i' && content[at + 3] == 'f'
				&& content[at + 4] == 0 && content[at + 5] == 0;
	}

	private static int orientationInTiff(byte[] content, int tiffStart, int end) {
		var tiff = ByteBuffer.wrap(content, tiffStart, end - tiffStart).slice();
		tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		int ifd0 = tiff.getInt(4);
		int entries = tiff.getShort(ifd0) & 0xFFFF;
		for (int i = 0; i < entries; i++) {
			int entry = ifd0 + 2 + i * 12;
			if ((tiff.getShort(entry) & 0xFFFF) == 0x0112) {
				int value = tiff.getShort(entry + 8) & 0xFFFF;
				return value >= 1 && value <= 8 ? value : NORMAL;
			}
		}
		return NORMAL;
	}

}

package com.luxestate.listings.internal.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads the EXIF orientation (TIFF tag 0x0112) of a JPEG without decoding it. Cameras store pixels as the sensor saw
 * them and say in this tag how to turn them; since re-encoding drops EXIF, the turn must be applied to the pixels.
 */
final class ExifOrientation {

	static final int NORMAL = 1;

	private ExifOrientation() {
	}

	/** The orientation 1 to 8, or 1 when there is none or the EXIF data is broken. */
	static int of(byte[] jpeg) {
		try {
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
		}
		catch (IndexOutOfBoundsException | IllegalArgumentException ex) {
			// malformed EXIF: treat as no orientation rather than refusing the image
		}
		return NORMAL;
	}

	private static boolean isExifHeader(byte[] jpeg, int at) {
		return jpeg[at] == 'E' && jpeg[at + 1] == 'x' && jpeg[at + 2] == 'i' && jpeg[at + 3] == 'f'
				&& jpeg[at + 4] == 0 && jpeg[at + 5] == 0;
	}

	private static int orientationInTiff(byte[] jpeg, int tiffStart, int end) {
		var tiff = ByteBuffer.wrap(jpeg, tiffStart, end - tiffStart).slice();
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

package com.luxestate.listings.internal.media;

import java.util.Optional;

/**
 * The image formats accepted for upload, recognised by their first bytes, never by file
 * name or declared type.
 */
enum ImageFormat {

	JPEG("jpeg"), PNG("png"), WEBP("webp");

	private final String readerFormatName;

	ImageFormat(String readerFormatName) {
		this.readerFormatName = readerFormatName;
	}

	String readerFormatName() {
		return readerFormatName;
	}

	public static Optional<ImageFormat> recognise(byte[] content) {
		if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, int offset, int... signature) {
		if (content.length < offset + signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((content[offset + i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

}

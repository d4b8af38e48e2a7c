package com.luxestate.listings.internal.media;

import com.luxestate.platform.ProblemException;
import com.luxestate.platform.ProblemType;

/**
 * The size a WebP's image data decodes to, checked against the size its header declares.
 * The pipeline refuses what is too large from the declared size before decoding; an
 * extended WebP declares a canvas ({@code VP8X}) while its lossy bitstream ({@code VP8 })
 * carries a size of its own, up to 16383 × 16383, which is what the decoder works on. A
 * small file declaring a small canvas around a huge frame, or an animation (frames the
 * pipeline never looks at), is refused before any pixel is decoded.
 */
final class WebpFrame {

	private static final int FIRST_CHUNK = 12;

	private WebpFrame() {
	}

	/**
	 * @throws ProblemException 415 when the WebP is animated or its frame is not its
	 * canvas
	 */
	static void checkMatchesItsCanvas(byte[] content) {
		int canvasWidth = -1;
		int canvasHeight = -1;
		var offset = FIRST_CHUNK;
		while (offset + 8 <= content.length) {
			var fourCc = new String(content, offset, 4, java.nio.charset.StandardCharsets.US_ASCII);
			var size = littleEndian(content, offset + 4, 4);
			var data = offset + 8;
			if (size < 0 || data + size > content.length) {
				return; // truncated: the decoder refuses it
			}
			switch (fourCc) {
				case "VP8X" -> {
					if (size < 10) {
						return;
					}
					if ((content[data] & 0x02) != 0) {
						throw refused("Animated WebP images are not accepted.");
					}
					canvasWidth = 1 + littleEndian(content, data + 4, 3);
					canvasHeight = 1 + littleEndian(content, data + 7, 3);
				}
				case "ANIM", "ANMF" -> throw refused("Animated WebP images are not accepted.");
				case "VP8 " -> {
					// Frame tag (3 bytes), start code 9d 01 2a, then 14-bit width and
					// height.
					if (size >= 10 && canvasWidth > 0) {
						var width = littleEndian(content, data + 6, 2) & 0x3FFF;
						var height = littleEndian(content, data + 8, 2) & 0x3FFF;
						checkSame(width, height, canvasWidth, canvasHeight);
					}
					return;
				}
				case "VP8L" -> {
					// Signature 0x2f, then 14 bits of width - 1 and 14 of height - 1.
					if (size >= 5 && canvasWidth > 0) {
						var bits = littleEndian(content, data + 1, 4);
						checkSame((bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1, canvasWidth, canvasHeight);
					}
					return;
				}
				default -> {
					// Metadata (EXIF, ICCP, XMP, ALPH) says nothing of the size.
				}
			}
			offset = data + size + (size & 1);
		}
	}

	private static void checkSame(int width, int height, int canvasWidth, int canvasHeight) {
		if (width != canvasWidth || height != canvasHeight) {
			throw refused("The WebP image's data is " + width + " × " + height + " pixels, not the " + canvasWidth
					+ " × " + canvasHeight + " its header declares.");
		}
	}

	private static ProblemException refused(String detail) {
		return ProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
	}

	private static int littleEndian(byte[] content, int offset, int length) {
		int value = 0;
		for (int i = length - 1; i >= 0; i--) {
			value = (value << 8) | (content[offset + i] & 0xFF);
		}
		return value;
	}

}

package com.luxestate.listings.internal.media;

import java.util.Locale;

/** The sizes every uploaded image is stored in, by width in pixels (never upscaled). */
public enum ImageDerivative {

	THUMBNAIL(320), MEDIUM(1024), LARGE(2048);

	/**
	 * The type of every derivative: the pipeline re-encodes every upload as JPEG
	 * ({@link ImagePipeline}), so it is the module's to state, not the upload's, nor
	 * metadata read back from storage (which copying tools change).
	 */
	public static final String CONTENT_TYPE = "image/jpeg";

	private final int width;

	ImageDerivative(int width) {
		this.width = width;
	}

	public int width() {
		return width;
	}

	public String fileName() {
		return name().toLowerCase(Locale.ROOT) + ".jpg";
	}

}

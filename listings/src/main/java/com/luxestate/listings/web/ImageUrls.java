package com.luxestate.listings.web;

import com.luxestate.listings.internal.media.ImageDerivative;
import com.luxestate.listings.internal.media.MediaKeys;

/** Where the derivatives of an image are served ({@link MediaController}), relative to the API's host. */
record ImageUrls(String thumbnail, String medium, String large) {

	static final String MEDIA_PATH = "/media/";

	static ImageUrls of(String storageKey) {
		return storageKey == null ? null
				: new ImageUrls(url(storageKey, ImageDerivative.THUMBNAIL), url(storageKey, ImageDerivative.MEDIUM),
						url(storageKey, ImageDerivative.LARGE));
	}

	private static String url(String storageKey, ImageDerivative derivative) {
		return MEDIA_PATH + MediaKeys.of(storageKey, derivative);
	}
}

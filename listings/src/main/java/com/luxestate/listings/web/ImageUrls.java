package com.luxestate.listings.web;

import java.util.UUID;

import com.luxestate.listings.internal.media.ImageDerivative;
import com.luxestate.listings.internal.media.MediaKeys;

/**
 * Where the derivatives of an image are served ({@link MediaController}), relative to the API's host: by the image's
 * listing and id, whatever files it is stored in.
 */
record ImageUrls(String thumbnail, String medium, String large) {

	static final String MEDIA_PATH = "/media/";

	static ImageUrls of(UUID listingId, UUID imageId) {
		return imageId == null ? null : of(MediaKeys.imagePrefix(listingId, imageId));
	}

	private static ImageUrls of(String image) {
		return new ImageUrls(url(image, ImageDerivative.THUMBNAIL), url(image, ImageDerivative.MEDIUM),
				url(image, ImageDerivative.LARGE));
	}

	private static String url(String image, ImageDerivative derivative) {
		return MEDIA_PATH + MediaKeys.of(image, derivative);
	}
}

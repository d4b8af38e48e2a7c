package com.luxestate.listings.web;

import java.util.UUID;

import com.luxestate.listings.internal.media.ImageDerivative;
import com.luxestate.listings.internal.media.ImagePaths;

/** Where the derivatives of an image are served ({@link ImagePaths}), one URL per size. */
record ImageUrls(String thumbnail, String medium, String large) {

	static ImageUrls of(UUID listingId, UUID imageId) {
		return imageId == null ? null
				: new ImageUrls(ImagePaths.of(listingId, imageId, ImageDerivative.THUMBNAIL),
						ImagePaths.of(listingId, imageId, ImageDerivative.MEDIUM),
						ImagePaths.of(listingId, imageId, ImageDerivative.LARGE));
	}
}

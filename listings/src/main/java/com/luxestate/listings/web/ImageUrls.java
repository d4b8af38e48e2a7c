package com.luxestate.listings.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import com.luxestate.listings.internal.media.ImageDerivative;
import com.luxestate.listings.internal.media.ImagePaths;

/**
 * Where the derivatives of an image are served ({@link ImagePaths}), one URL per size.
 */
record ImageUrls(@Schema(
		example = "/media/listings/0190f5a2-7c4e-7b1a-9d3e-2f6a8b4c1d5e/0190f5a3-1b2c-7d3e-8f4a-5b6c7d8e9f0a/thumbnail.jpg") String thumbnail,
		String medium, String large) {

	static ImageUrls of(UUID listingId, UUID imageId) {
		return imageId == null ? null
				: new ImageUrls(ImagePaths.of(listingId, imageId, ImageDerivative.THUMBNAIL),
						ImagePaths.of(listingId, imageId, ImageDerivative.MEDIUM),
						ImagePaths.of(listingId, imageId, ImageDerivative.LARGE));
	}
}

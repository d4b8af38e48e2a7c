package com.luxestate.listings.internal.media;

import java.util.UUID;

/**
 * Where the derivatives of an image are served ({@code MediaController}), relative to the
 * API's host: by the image's listing and id, whatever files it is stored in. An image
 * that shares another's files (a demo picture) is still served at its own path, so that
 * its own listing decides who may see it. The API's image URLs and the summaries other
 * modules show are these paths.
 */
public final class ImagePaths {

	/** Under this, and only this, are image files served. */
	public static final String ROOT = "/media/";

	private ImagePaths() {
	}

	public static String of(UUID listingId, UUID imageId, ImageDerivative derivative) {
		return ROOT + MediaKeys.of(MediaKeys.imagePrefix(listingId, imageId), derivative);
	}

}

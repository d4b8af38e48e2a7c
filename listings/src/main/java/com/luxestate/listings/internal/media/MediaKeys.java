package com.luxestate.listings.internal.media;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keys of stored image files: {@code listings/<listing id>/<image id>/<derivative>.jpg}.
 * The image id is random and a key is written once and never changed, which is what lets
 * them be cached forever.
 */
public final class MediaKeys {

	private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private static final Pattern KEY = Pattern
		.compile("listings/" + UUID_PATTERN + "/" + UUID_PATTERN + "/(thumbnail|medium|large)\\.jpg");

	private MediaKeys() {
	}

	/**
	 * Where an upload's derivatives are stored, and where any image is served
	 * ({@link ImagePaths}): an image that shares another's files (a demo picture) is
	 * still served by its own listing and id.
	 */
	public static String imagePrefix(UUID listingId, UUID imageId) {
		return "listings/" + listingId + "/" + imageId;
	}

	public static String of(String imagePrefix, ImageDerivative derivative) {
		return imagePrefix + "/" + derivative.fileName();
	}

	public static List<String> allOf(String imagePrefix) {
		return java.util.Arrays.stream(ImageDerivative.values())
			.map(derivative -> of(imagePrefix, derivative))
			.toList();
	}

	/**
	 * Only keys of exactly this shape exist: no dots, no slashes of one's own, no
	 * traversal.
	 */
	public static boolean isValid(String key) {
		return key != null && KEY.matcher(key).matches();
	}

	static String requireValid(String key) {
		if (!isValid(key)) {
			throw new IllegalArgumentException("Not a media key");
		}
		return key;
	}

}

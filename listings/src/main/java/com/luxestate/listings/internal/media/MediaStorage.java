package com.luxestate.listings.internal.media;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import org.slf4j.LoggerFactory;

/**
 * Where image files live: a local directory by default, or an S3-compatible bucket
 * ({@code luxestate.media.storage}). Keys are produced by the module itself
 * ({@link MediaKeys}); adapters still refuse any key that is not one, so nothing outside
 * the media root can ever be read or written.
 */
public interface MediaStorage {

	/**
	 * Stores a derivative, a JPEG ({@link ImageDerivative#CONTENT_TYPE}), under its key.
	 */
	void store(String key, byte[] content);

	Optional<StoredMedia> load(String key);

	/**
	 * Deletes the file if it exists; deleting a missing file is not an error (deletion is
	 * retried).
	 */
	void delete(String key);

	/**
	 * Stores the derivatives of one image under its prefix
	 * ({@link MediaKeys#imagePrefix}), whole or not at all: when one cannot be stored,
	 * those stored before it are deleted again, so that no image is left with some of its
	 * sizes and no file is left that nothing refers to.
	 */
	default void storeImage(String imagePrefix, Map<ImageDerivative, byte[]> derivatives) {
		try {
			derivatives.forEach((derivative, content) -> store(MediaKeys.of(imagePrefix, derivative), content));
		}
		catch (RuntimeException ex) {
			deleteImageQuietly(imagePrefix);
			throw ex;
		}
	}

	/**
	 * Deletes the files of an image after a failure, as far as it can: a file that cannot
	 * be deleted is logged and left, and the failure that is thrown is the one that made
	 * the clean-up necessary, not this.
	 */
	default void deleteImageQuietly(String imagePrefix) {
		for (var key : MediaKeys.allOf(imagePrefix)) {
			try {
				delete(key);
			}
			catch (RuntimeException ex) {
				LoggerFactory.getLogger(MediaStorage.class).warn("Could not delete media file {}", key, ex);
			}
		}
	}

	/** A stored file, to be streamed to a client; the caller closes the content. */
	record StoredMedia(InputStream content, long length) {
	}

}

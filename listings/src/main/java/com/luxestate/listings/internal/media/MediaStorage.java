package com.luxestate.listings.internal.media;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where image files live: a local directory by default, or an S3-compatible bucket ({@code luxestate.media.storage}).
 * Keys are produced by the module itself ({@link MediaKeys}); adapters still refuse any key that is not one, so
 * nothing outside the media root can ever be read or written.
 */
public interface MediaStorage {

	/** Stores a derivative, a JPEG ({@link ImageDerivative#CONTENT_TYPE}), under its key. */
	void store(String key, byte[] content);

	Optional<StoredMedia> load(String key);

	/** Deletes the file if it exists; deleting a missing file is not an error (deletion is retried). */
	void delete(String key);

	/** A stored file, to be streamed to a client; the caller closes the content. */
	record StoredMedia(InputStream content, long length) {
	}
}

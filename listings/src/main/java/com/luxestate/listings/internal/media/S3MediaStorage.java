package com.luxestate.listings.internal.media;

import java.util.Optional;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Image files in a bucket of any S3-compatible object store (AWS S3, MinIO, Ceph, R2,
 * ...).
 */
class S3MediaStorage implements MediaStorage {

	private final S3Client s3;

	private final String bucket;

	S3MediaStorage(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	@Override
	public void store(String key, byte[] content) {
		// Stated on the object too, for whoever reads the bucket other than through
		// /media (a backup, a migration).
		s3.putObject(put -> put.bucket(bucket)
			.key(MediaKeys.requireValid(key))
			.contentType(ImageDerivative.CONTENT_TYPE)
			.cacheControl("public, max-age=31536000, immutable"), RequestBody.fromBytes(content));
	}

	@Override
	public Optional<StoredMedia> load(String key) {
		try {
			var object = s3.getObject(get -> get.bucket(bucket).key(MediaKeys.requireValid(key)));
			return Optional.of(new StoredMedia(object, object.response().contentLength()));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void delete(String key) {
		s3.deleteObject(delete -> delete.bucket(bucket).key(MediaKeys.requireValid(key)));
	}

}

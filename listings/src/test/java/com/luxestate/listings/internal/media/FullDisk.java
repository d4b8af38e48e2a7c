package com.luxestate.listings.internal.media;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The real local storage on a scratch directory, which runs out of space at the largest
 * derivative: every image fails half-way through storing its files, after some of them
 * are written.
 */
public final class FullDisk implements MediaStorage {

	private final LocalMediaStorage local;

	public FullDisk(Path directory) {
		this.local = new LocalMediaStorage(directory);
	}

	@Override
	public void store(String key, byte[] content) {
		if (key.endsWith(ImageDerivative.LARGE.fileName())) {
			throw new IllegalStateException("disk full");
		}
		local.store(key, content);
	}

	@Override
	public Optional<StoredMedia> load(String key) {
		return local.load(key);
	}

	@Override
	public void delete(String key) {
		local.delete(key);
	}

}

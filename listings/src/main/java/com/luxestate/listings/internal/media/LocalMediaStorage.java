package com.luxestate.listings.internal.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Image files in a directory of the local filesystem (or a volume shared by the
 * instances).
 */
class LocalMediaStorage implements MediaStorage {

	private final Path root;

	LocalMediaStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void store(String key, byte[] content) {
		var file = resolve(key);
		try {
			Files.createDirectories(file.getParent());
			// Written beside and moved into place, so a reader never sees half a file.
			var partial = Files.createTempFile(file.getParent(), ".upload-", ".part");
			try {
				Files.write(partial, content);
				Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store a media file", ex);
		}
	}

	@Override
	public Optional<StoredMedia> load(String key) {
		var file = resolve(key);
		try {
			return Files.isRegularFile(file)
					? Optional.of(new StoredMedia(Files.newInputStream(file), Files.size(file))) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read a media file", ex);
		}
	}

	@Override
	public void delete(String key) {
		var file = resolve(key);
		try {
			Files.deleteIfExists(file);
			// Empty image and listing folders go too; a folder still in use simply stays.
			for (var folder = file.getParent(); folder != null && !folder.equals(root); folder = folder.getParent()) {
				try (var entries = Files.list(folder)) {
					if (entries.findAny().isPresent()) {
						break;
					}
				}
				Files.deleteIfExists(folder);
			}
		}
		catch (java.nio.file.DirectoryNotEmptyException | java.nio.file.NoSuchFileException ex) {
			// another upload or deletion is using the folder right now: leaving it is
			// correct
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete a media file", ex);
		}
	}

	private Path resolve(String key) {
		var file = root.resolve(MediaKeys.requireValid(key)).normalize();
		if (!file.startsWith(root)) {
			throw new IllegalArgumentException("Not a media key");
		}
		return file;
	}

}

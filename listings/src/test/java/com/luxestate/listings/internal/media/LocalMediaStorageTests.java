package com.luxestate.listings.internal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.luxestate.listings.testing.TestImages;

/**
 * The local adapter on a real directory, whose parent shows whether anything escaped the
 * media root.
 */
class LocalMediaStorageTests extends MediaStorageContractTests {

	@TempDir
	Path scratch;

	@Override
	MediaStorage storage() {
		return new LocalMediaStorage(scratch.resolve("media"));
	}

	@Override
	void assertTheBackendWasNotReached() {
		try (var anything = Files.walk(scratch)) {
			assertThat(anything).containsExactly(scratch);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void deletingTheLastFileOfAnImageTakesItsEmptyFoldersAlong() throws IOException {
		var key = keyOf(ImageDerivative.MEDIUM);
		storage().store(key, TestImages.jpeg(40, 30));

		storage().delete(key);

		try (var left = Files.list(scratch.resolve("media"))) {
			assertThat(left).isEmpty();
		}
	}

}

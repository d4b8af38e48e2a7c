package com.luxestate.listings.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.luxestate.listings.internal.media.FullDisk;
import com.luxestate.listings.internal.media.ImagePipeline;

/** Demo pictures are stored as uploads are: whole or not at all. */
class DemoImagesTests {

	@TempDir
	Path media;

	@Test
	void picturesThatCannotBeStoredWholeLeaveNoFilesBehind() throws IOException {
		assertThatThrownBy(() -> DemoImages.store(new ImagePipeline(), new FullDisk(media), 3))
				.hasMessageContaining("disk full");

		// The pool is stored in parallel: pictures still being stored when the first failure came out finish first.
		ForkJoinPool.commonPool().awaitQuiescence(1, TimeUnit.MINUTES);
		try (var files = Files.walk(media)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}
}

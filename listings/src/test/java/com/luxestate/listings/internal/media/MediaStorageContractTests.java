package com.luxestate.listings.internal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import com.luxestate.listings.testing.TestImages;

/**
 * What every {@link MediaStorage} promises, run against each adapter on its real backend:
 * files come back as they were stored, a missing file is simply absent (also when
 * deleted), and nothing but a media key ever reaches the backend.
 */
abstract class MediaStorageContractTests {

	private static final String LISTING = "0190d6a4-7c1e-7b3a-9f10-3c4d5e6f7a8b";

	private static final String IMAGE = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b";

	/** The adapter under test, on a backend that holds nothing yet. */
	abstract MediaStorage storage();

	/**
	 * Fails if anything was written to, or asked of, the backend since the test began.
	 */
	abstract void assertTheBackendWasNotReached();

	@Test
	void anImageComesBackAsItWasStoredUntilItIsDeleted() throws IOException {
		var key = keyOf(ImageDerivative.MEDIUM);
		var image = TestImages.jpeg(120, 80);

		storage().store(key, image);

		var stored = storage().load(key).orElseThrow();
		try (var content = stored.content()) {
			assertThat(content.readAllBytes()).isEqualTo(image);
		}
		assertThat(stored.length()).isEqualTo(image.length);

		storage().delete(key);

		assertThat(storage().load(key)).isEmpty();
	}

	@Test
	void theDerivativesOfAnImageAreFilesOfTheirOwn() throws IOException {
		var thumbnail = TestImages.jpeg(32, 20);
		var large = TestImages.jpeg(200, 120);
		storage().store(keyOf(ImageDerivative.THUMBNAIL), thumbnail);
		storage().store(keyOf(ImageDerivative.LARGE), large);

		storage().delete(keyOf(ImageDerivative.THUMBNAIL));

		assertThat(storage().load(keyOf(ImageDerivative.THUMBNAIL))).isEmpty();
		try (var content = storage().load(keyOf(ImageDerivative.LARGE)).orElseThrow().content()) {
			assertThat(content.readAllBytes()).isEqualTo(large);
		}
	}

	@Test
	void aFileThatWasNeverStoredIsAbsent() {
		assertThat(storage().load(keyOf(ImageDerivative.LARGE))).isEmpty();
	}

	@Test
	void deletingAFileThatIsNotThereIsFine() {
		storage().delete(keyOf(ImageDerivative.THUMBNAIL));

		// Deletion is retried until it succeeds, so the second attempt after a successful
		// one must pass too.
		storage().store(keyOf(ImageDerivative.THUMBNAIL), TestImages.jpeg(32, 20));
		storage().delete(keyOf(ImageDerivative.THUMBNAIL));
		storage().delete(keyOf(ImageDerivative.THUMBNAIL));

		assertThat(storage().load(keyOf(ImageDerivative.THUMBNAIL))).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@MethodSource("keysThatAreNotMediaKeys")
	void onlyMediaKeysReachTheBackend(String key) {
		var image = TestImages.jpeg(32, 20);

		assertThatIllegalArgumentException().isThrownBy(() -> storage().store(key, image));
		assertThatIllegalArgumentException().isThrownBy(() -> storage().load(key));
		assertThatIllegalArgumentException().isThrownBy(() -> storage().delete(key));

		assertTheBackendWasNotReached();
	}

	static Stream<String> keysThatAreNotMediaKeys() {
		var image = "listings/" + LISTING + "/" + IMAGE;
		return Stream.of("../x", "../../etc/passwd", "/etc/passwd", "/" + image + "/large.jpg",
				image + "/../../../x/large.jpg", "listings/../" + LISTING + "/" + IMAGE + "/large.jpg",
				"listings/%2e%2e/" + IMAGE + "/large.jpg", "listings\\" + LISTING + "\\" + IMAGE + "\\large.jpg",
				image + "/large.jpg/", image + "/large.jpg\u0000.png", image + "/original.jpg", image + "/large.png",
				"listings/" + LISTING.toUpperCase() + "/" + IMAGE + "/large.jpg", image,
				"listings/" + LISTING + "/large.jpg", "media/" + image + "/large.jpg");
	}

	static String keyOf(ImageDerivative derivative) {
		return MediaKeys.of(MediaKeys.imagePrefix(UUID.fromString(LISTING), UUID.fromString(IMAGE)), derivative);
	}

}

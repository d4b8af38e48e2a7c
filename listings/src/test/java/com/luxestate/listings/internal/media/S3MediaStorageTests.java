package com.luxestate.listings.internal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.luxestate.listings.testing.TestImages;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 adapter over real HTTP to a real S3 server (S3Proxy, see {@link TestS3}), each
 * test on a bucket of its own. The adapter's client counts what it sends, which shows
 * that a refused key never became a request.
 */
class S3MediaStorageTests extends MediaStorageContractTests {

	private final TestS3 s3 = TestS3.server();

	private final String bucket = s3.createBucket();

	private final AtomicInteger requestsSent = new AtomicInteger();

	private final S3Client adapterClient = s3.clientBuilder()
		.overrideConfiguration(client -> client.addExecutionInterceptor(new ExecutionInterceptor() {
			@Override
			public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
				requestsSent.incrementAndGet();
			}
		}))
		.build();

	private final S3MediaStorage storage = new S3MediaStorage(adapterClient, bucket);

	@AfterEach
	void closeClient() {
		adapterClient.close();
	}

	@Override
	MediaStorage storage() {
		return storage;
	}

	@Override
	void assertTheBackendWasNotReached() {
		assertThat(requestsSent).hasValue(0);
		assertThat(s3.keysIn(bucket)).isEmpty();
	}

	@Test
	void anImageIsAnObjectUnderItsKeyWithItsTypeAndYearLongImmutableCaching() {
		var key = keyOf(ImageDerivative.LARGE);
		var image = TestImages.jpeg(200, 120);

		storage.store(key, image);

		assertThat(s3.keysIn(bucket)).containsExactly(key);
		var object = s3.client().headObject(head -> head.bucket(bucket).key(key));
		assertThat(object.contentType()).isEqualTo("image/jpeg");
		assertThat(object.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
		assertThat(object.contentLength()).isEqualTo(image.length);
	}

	@Test
	void aDeletedImageLeavesTheBucket() {
		storage.store(keyOf(ImageDerivative.THUMBNAIL), TestImages.jpeg(32, 20));
		storage.store(keyOf(ImageDerivative.MEDIUM), TestImages.jpeg(64, 40));

		storage.delete(keyOf(ImageDerivative.THUMBNAIL));

		assertThat(s3.keysIn(bucket)).containsExactly(keyOf(ImageDerivative.MEDIUM));
	}

}

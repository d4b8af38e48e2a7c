package com.luxestate.listings.internal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.Money;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.listings.internal.Address;
import com.luxestate.listings.internal.ListingDetails;
import com.luxestate.listings.internal.ListingManagement;
import com.luxestate.listings.internal.ListingMedia;
import com.luxestate.listings.testing.TestImages;
import com.luxestate.platform.Caller;

/**
 * The module configured for S3 as an operator configures it, against a real S3 server
 * ({@link TestS3}): an upload through the module's service ends as its derivatives in the
 * bucket, and a deleted image leaves the bucket once the deletion is committed, not
 * before.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "luxestate.media.storage=s3", "luxestate.media.s3.path-style-access=true" })
class S3UploadTests {

	@DynamicPropertySource
	static void theTestServer(DynamicPropertyRegistry registry) {
		var s3 = TestS3.server();
		var bucket = s3.createBucket();
		registry.add("luxestate.media.s3.endpoint", () -> s3.endpoint().toString());
		registry.add("luxestate.media.s3.bucket", () -> bucket);
	}

	private final ListingManagement management;

	private final ListingMedia listingMedia;

	private final MediaStorage storage;

	private final TransactionTemplate transactions;

	private final String bucket;

	private final TestS3 s3 = TestS3.server();

	S3UploadTests(ListingManagement management, ListingMedia listingMedia, MediaStorage storage,
			TransactionTemplate transactions, @Value("${luxestate.media.s3.bucket}") String bucket) {
		this.management = management;
		this.listingMedia = listingMedia;
		this.storage = storage;
		this.transactions = transactions;
		this.bucket = bucket;
	}

	@Test
	void anUploadEndsInTheBucketAndADeletedImageLeavesItOnceTheDeletionIsCommitted() throws IOException {
		var owner = Caller.user(UUID.randomUUID());
		var listing = management.create(owner, details()).id();

		var image = listingMedia.upload(owner, listing, null, TestImages.png(2500, 1500), "The terrace").image();

		var keys = MediaKeys.allOf(image.storageKey());
		assertThat(s3.keysIn(bucket, image.storageKey())).containsExactlyInAnyOrderElementsOf(keys);
		for (var key : keys) {
			var object = s3.client().headObject(head -> head.bucket(bucket).key(key));
			assertThat(object.contentType()).isEqualTo("image/jpeg");
			assertThat(object.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
		}
		var large = s3.client()
			.getObjectAsBytes(get -> get.bucket(bucket).key(MediaKeys.of(image.storageKey(), ImageDerivative.LARGE)))
			.asByteArray();
		assertThat(ImageIO.read(new ByteArrayInputStream(large)).getWidth()).isEqualTo(2048);
		try (var served = storage.load(MediaKeys.of(image.storageKey(), ImageDerivative.LARGE))
			.orElseThrow()
			.content()) {
			assertThat(served.readAllBytes()).isEqualTo(large);
		}

		transactions.executeWithoutResult(status -> {
			listingMedia.delete(owner, listing, null, image.id());
			assertThat(s3.keysIn(bucket, image.storageKey())).as("files before the commit").hasSize(3);
		});

		assertThat(s3.keysIn(bucket, image.storageKey())).isEmpty();
		assertThat(management.find(owner, listing).images()).isEmpty();
	}

	private static ListingDetails details() {
		return new ListingDetails("Penthouse with a terrace", null, Purpose.SALE, PropertyType.APARTMENT,
				Money.of("890000", "EUR"), new Address(null, "Lisbon", null, null, "PT"), AddressVisibility.FULL, null,
				null, null, null, null, null, null);
	}

}

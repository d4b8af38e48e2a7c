package com.luxestate.listings.internal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

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
 * Image rows may share files (the demo listings share a small pool of pictures): deleting
 * an image or a listing deletes the files only when no other image row refers to them,
 * and the last one to go takes them along.
 */
@ApplicationModuleTest
class SharedImageFilesTests {

	private final ListingManagement management;

	private final ListingMedia media;

	private final MediaStorage storage;

	private final JdbcTemplate jdbc;

	SharedImageFilesTests(ListingManagement management, ListingMedia media, MediaStorage storage, JdbcTemplate jdbc) {
		this.management = management;
		this.media = media;
		this.storage = storage;
		this.jdbc = jdbc;
	}

	@Test
	void aSharedFileOutlivesEveryImageButTheLastThatRefersToIt() {
		var owner = Caller.user(UUID.randomUUID());
		var uploadedTo = management.create(owner, details()).id();
		var sharedBy = management.create(owner, details()).id();
		var alsoSharedBy = management.create(owner, details()).id();
		var uploaded = media.upload(owner, uploadedTo, null, TestImages.png(640, 480), "Front").image();
		var key = uploaded.storageKey();
		var lastReference = share(alsoSharedBy, key);
		share(sharedBy, key);
		assertThat(filesOf(key)).isEqualTo(3);

		media.delete(owner, uploadedTo, null, uploaded.id());
		assertThat(filesOf(key)).as("still shown by two listings").isEqualTo(3);

		management.delete(owner, sharedBy, null);
		assertThat(filesOf(key)).as("still shown by one listing").isEqualTo(3);

		media.delete(owner, alsoSharedBy, null, lastReference);
		assertThat(filesOf(key)).as("shown by no listing").isZero();
	}

	@Test
	void anUnsharedFileGoesWithItsImage() {
		var owner = Caller.user(UUID.randomUUID());
		var listing = management.create(owner, details()).id();
		var kept = media.upload(owner, listing, null, TestImages.png(640, 480), "Kept").image();
		var deleted = media.upload(owner, listing, null, TestImages.png(640, 480), "Deleted").image();

		media.delete(owner, listing, null, deleted.id());

		assertThat(filesOf(deleted.storageKey())).isZero();
		assertThat(filesOf(kept.storageKey())).isEqualTo(3);
	}

	/**
	 * Another image row referring to the same files, as the demo data generator writes
	 * them.
	 */
	private UUID share(UUID listingId, String storageKey) {
		var imageId = UUID.randomUUID();
		jdbc.update(
				"INSERT INTO listings.listing_image (listing_id, position, image_id, is_primary, alt_text, width, "
						+ "height, storage_key) VALUES (?, 0, ?, true, 'Shared', 640, 480, ?)",
				listingId, imageId, storageKey);
		return imageId;
	}

	/** How many of the image's derivatives are stored. */
	private long filesOf(String storageKey) {
		return MediaKeys.allOf(storageKey).stream().filter(key -> {
			var stored = storage.load(key);
			stored.ifPresent(file -> {
				try {
					file.content().close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			return stored.isPresent();
		}).count();
	}

	private static ListingDetails details() {
		return new ListingDetails("Flat with a shared view", null, Purpose.RENT, PropertyType.STUDIO,
				Money.of("900", "EUR"), new Address(null, "Porto", null, null, "PT"), AddressVisibility.FULL, null,
				null, null, null, null, null, null);
	}

}

package com.luxestate.listings.internal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.internal.ListingDetails;
import com.luxestate.listings.internal.ListingManagement;
import com.luxestate.listings.internal.ListingMedia;
import com.luxestate.listings.testing.TestImages;
import com.luxestate.platform.Caller;

/**
 * An upload that fails half-way through storing its derivatives leaves no file and no
 * image behind.
 */
@ApplicationModuleTest
class FailedUploadTests {

	static final Path media = scratchDirectory();

	private final ListingManagement management;

	private final ListingMedia listingMedia;

	FailedUploadTests(ListingManagement management, ListingMedia listingMedia) {
		this.management = management;
		this.listingMedia = listingMedia;
	}

	@Test
	void aStorageFailureAfterSomeDerivativesLeavesNothingBehind() throws Exception {
		var owner = Caller.user(UUID.randomUUID());
		var listing = management.create(owner, details()).id();

		assertThatThrownBy(() -> listingMedia.upload(owner, listing, null, TestImages.png(2500, 1500), null))
			.hasMessageContaining("disk full");

		try (var files = Files.walk(media)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
		assertThat(management.find(owner, listing).images()).isEmpty();
	}

	private static Path scratchDirectory() {
		try {
			return Files.createTempDirectory("luxestate-full-disk");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static ListingDetails details() {
		var details = new ListingDetails("Flat", null, com.luxestate.listings.Purpose.RENT,
				com.luxestate.listings.PropertyType.STUDIO, com.luxestate.listings.Money.of("900", "EUR"),
				new com.luxestate.listings.internal.Address(null, "Porto", null, null, "PT"), AddressVisibility.FULL,
				null, null, null, null, null, null, null);
		return details;
	}

	@TestConfiguration
	static class StorageOnAFullDisk {

		@Bean
		@Primary
		MediaStorage fullDisk() {
			return new FullDisk(media);
		}

	}

}

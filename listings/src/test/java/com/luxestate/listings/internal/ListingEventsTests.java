package com.luxestate.listings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.ListingPriceChanged;
import com.luxestate.listings.ListingPublished;
import com.luxestate.listings.ListingRemoved;
import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.ListingStatusChanged;
import com.luxestate.listings.Money;

/** What the listing aggregate announces, with the state subscribers need and nothing a visitor may not see. */
@ApplicationModuleTest
class ListingEventsTests {

	private final ListingManagement management;
	private final ListingFixtures fixtures;

	ListingEventsTests(ListingManagement management, ListingMedia media) {
		this.management = management;
		this.fixtures = new ListingFixtures(management, media);
	}

	@Test
	void publishingAnnouncesTheSearchableAttributesWithTheAddressVisibilityApplied(Scenario scenario) {
		var owner = UUID.randomUUID();
		var caller = new Caller(owner, false);
		var id = management.create(caller, ListingFixtures.details(AddressVisibility.HIDDEN)).id();
		fixtures.media().upload(caller, id, com.luxestate.listings.testing.TestImages.png(40, 30), null);

		scenario.stimulate(() -> management.changeStatus(caller, id, null, ListingStatus.ACTIVE))
				.andWaitForEventOfType(ListingPublished.class)
				.matching(event -> event.listingId().equals(id))
				.toArriveAndVerify(event -> {
					assertThat(event.ownerId()).isEqualTo(owner);
					assertThat(event.price()).isEqualTo(Money.of("450000.00", "EUR"));
					assertThat(event.city()).isEqualTo("Lisbon");
					assertThat(event.features()).containsExactly("balcony", "elevator");
					assertThat(event.location()).isNotEqualTo(new GeoPoint(38.7106, -9.1365));
					assertThat(Math.abs(event.location().lat() - 38.7106)).isLessThan(0.006);
				});
	}

	@Test
	void aPriceChangeAnnouncesTheOldAndTheNewPriceAndIsKept(Scenario scenario) {
		var owner = UUID.randomUUID();
		var id = fixtures.published(owner);
		var caller = new Caller(owner, false);

		scenario.stimulate(() -> management.revise(caller, id, null, details -> new ListingDetails(details.title(),
						details.description(), details.purpose(), details.propertyType(), Money.of("430000", "EUR"),
						details.address(), details.addressVisibility(), details.location(), details.bedrooms(),
						details.bathrooms(), details.livingArea(), details.lotArea(), details.yearBuilt(),
						details.features())))
				.andWaitForEventOfType(ListingPriceChanged.class)
				.matching(event -> event.listingId().equals(id))
				.toArriveAndVerify(event -> {
					assertThat(event.previousPrice()).isEqualTo(Money.of("450000", "EUR"));
					assertThat(event.newPrice()).isEqualTo(Money.of("430000", "EUR"));
				});
		assertThat(management.priceHistory(Caller.ANONYMOUS, id)).extracting(PricePoint::price)
				.containsExactly(Money.of("450000", "EUR"), Money.of("430000", "EUR"));
	}

	@Test
	void statusChangesAndRemovalAreAnnounced(Scenario scenario) {
		var owner = UUID.randomUUID();
		var id = fixtures.published(owner);
		var caller = new Caller(owner, false);

		scenario.stimulate(() -> management.changeStatus(caller, id, null, ListingStatus.OFF_MARKET))
				.andWaitForEventOfType(ListingStatusChanged.class)
				.matching(event -> event.listingId().equals(id) && event.newStatus() == ListingStatus.OFF_MARKET)
				.toArriveAndVerify(event -> assertThat(event.previousStatus()).isEqualTo(ListingStatus.ACTIVE));
		scenario.stimulate(() -> management.delete(caller, id, null))
				.andWaitForEventOfType(ListingRemoved.class)
				.matching(event -> event.listingId().equals(id))
				.toArriveAndVerify(event -> assertThat(event.takenDown()).isFalse());
	}
}

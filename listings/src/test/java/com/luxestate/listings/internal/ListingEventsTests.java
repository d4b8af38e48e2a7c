package com.luxestate.listings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;

import com.luxestate.identity.UserReinstated;
import com.luxestate.identity.UserSuspended;
import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.ListingCatalog;
import com.luxestate.listings.ListingModeration;
import com.luxestate.listings.ListingPriceChanged;
import com.luxestate.listings.ListingPublished;
import com.luxestate.listings.ListingRemoved;
import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.ListingStatusChanged;
import com.luxestate.listings.Money;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.platform.Caller;

/**
 * What the listing aggregate announces, with the state subscribers need and nothing a
 * visitor may not see.
 */
@ApplicationModuleTest
class ListingEventsTests {

	private final ListingManagement management;

	private final ListingModeration moderation;

	private final ListingCatalog catalog;

	private final ListingFixtures fixtures;

	ListingEventsTests(ListingManagement management, ListingMedia media, ListingModeration moderation,
			ListingCatalog catalog) {
		this.management = management;
		this.moderation = moderation;
		this.catalog = catalog;
		this.fixtures = new ListingFixtures(management, media);
	}

	@Test
	void publishingAnnouncesEverythingSearchMatchesOnAsThePublicSeesIt(Scenario scenario) {
		var owner = UUID.randomUUID();
		var caller = Caller.user(owner);
		var id = management.create(caller, ListingFixtures.details(AddressVisibility.HIDDEN)).id();
		fixtures.media().upload(caller, id, null, com.luxestate.listings.testing.TestImages.png(40, 30), null);

		scenario.stimulate(() -> management.changeStatus(caller, id, null, ListingStatus.ACTIVE))
			.andWaitForEventOfType(ListingPublished.class)
			.matching(event -> event.listingId().equals(id))
			.toArriveAndVerify(event -> {
				assertThat(event.ownerId()).isEqualTo(owner);
				assertThat(event.status()).isEqualTo(ListingStatus.ACTIVE);
				assertThat(event.title()).isEqualTo("Bright flat by the river");
				assertThat(event.description()).isEqualTo("Sunny rooms and a quiet street.");
				assertThat(event.purpose()).isEqualTo(Purpose.SALE);
				assertThat(event.propertyType()).isEqualTo(PropertyType.APARTMENT);
				assertThat(event.price()).isEqualTo(Money.of("450000.00", "EUR"));
				assertThat(event.city()).isEqualTo("Lisbon");
				assertThat(event.region()).isEqualTo("Lisboa");
				assertThat(event.country()).isEqualTo("PT");
				assertThat(event.street()).as("hidden").isNull();
				assertThat(event.postalCode()).as("hidden: search does not index it either").isNull();
				assertThat(event.bedrooms()).isEqualTo(2);
				assertThat(event.bathrooms()).isEqualByComparingTo("1.5");
				assertThat(event.livingArea()).isEqualByComparingTo("85");
				assertThat(event.lotArea()).isNull();
				assertThat(event.features()).containsExactly("balcony", "elevator");
				assertThat(event.location()).isNotEqualTo(new GeoPoint(38.7106, -9.1365));
				assertThat(Math.abs(event.location().lat() - 38.7106)).isLessThan(0.006);
				assertThat(event.publishedAt()).isNotNull();
			});
	}

	@Test
	void aStreetAddressIsAnnouncedWithoutItsHouseNumberAndWithItsPostalCode(Scenario scenario) {
		var owner = UUID.randomUUID();
		var caller = Caller.user(owner);
		var id = management.create(caller, ListingFixtures.details(AddressVisibility.STREET)).id();
		fixtures.media().upload(caller, id, null, com.luxestate.listings.testing.TestImages.png(40, 30), null);

		scenario.stimulate(() -> management.changeStatus(caller, id, null, ListingStatus.ACTIVE))
			.andWaitForEventOfType(ListingPublished.class)
			.matching(event -> event.listingId().equals(id))
			.toArriveAndVerify(event -> {
				assertThat(event.street()).isEqualTo("Rua da Prata");
				assertThat(event.postalCode()).isEqualTo("1100-148");
				assertThat(event.location()).isEqualTo(new GeoPoint(38.7106, -9.1365));
			});
	}

	@Test
	void aListingBackFromOffMarketIsAnnouncedAgain(Scenario scenario) {
		var owner = Caller.user(UUID.randomUUID());
		var id = fixtures.published(owner.userId());
		management.changeStatus(owner, id, null, ListingStatus.OFF_MARKET);
		var offMarketAt = Instant.now();

		scenario.stimulate(() -> management.changeStatus(owner, id, null, ListingStatus.ACTIVE))
			.andWaitForEventOfType(ListingPublished.class)
			.matching(event -> event.listingId().equals(id) && !event.publishedAt().isBefore(offMarketAt))
			.toArriveAndVerify(event -> assertThat(event.status()).isEqualTo(ListingStatus.ACTIVE));
	}

	@Test
	void aListingAModeratorRestoresIsAnnouncedAgainInItsStatus(Scenario scenario) {
		var owner = Caller.user(UUID.randomUUID());
		var active = fixtures.published(owner.userId());
		var pending = fixtures.published(owner.userId());
		management.changeStatus(owner, pending, null, ListingStatus.PENDING);
		var moderator = UUID.randomUUID();
		moderation.takeDown(active, "spam", moderator);
		moderation.takeDown(pending, "spam", moderator);
		var takenDownAt = Instant.now();

		scenario.stimulate(() -> moderation.restore(active, moderator))
			.andWaitForEventOfType(ListingPublished.class)
			.matching(event -> event.listingId().equals(active) && !event.publishedAt().isBefore(takenDownAt))
			.toArriveAndVerify(event -> {
				assertThat(event.status()).isEqualTo(ListingStatus.ACTIVE);
				assertThat(event.city()).isEqualTo("Lisbon");
			});
		scenario.stimulate(() -> moderation.restore(pending, moderator))
			.andWaitForEventOfType(ListingPublished.class)
			.matching(event -> event.listingId().equals(pending) && !event.publishedAt().isBefore(takenDownAt))
			.toArriveAndVerify(event -> assertThat(event.status()).isEqualTo(ListingStatus.PENDING));
	}

	@Test
	void listingsOfAReinstatedOwnerAreAnnouncedAgainWhenTheyReturnToSearch(Scenario scenario,
			AssertablePublishedEvents events) {
		var owner = Caller.user(UUID.randomUUID());
		var active = fixtures.published(owner.userId());
		var pending = fixtures.published(owner.userId());
		management.changeStatus(owner, pending, null, ListingStatus.PENDING);
		var offMarket = fixtures.published(owner.userId());
		management.changeStatus(owner, offMarket, null, ListingStatus.OFF_MARKET);
		var draft = fixtures.draft(owner.userId());
		var suspendedAt = Instant.now();
		scenario.publish(new UserSuspended(owner.userId(), "spam", UUID.randomUUID(), suspendedAt))
			.andWaitForStateChange(() -> catalog.isPubliclyVisible(active), visible -> !visible);

		scenario.publish(new UserReinstated(owner.userId(), UUID.randomUUID(), suspendedAt.plusSeconds(1)))
			.andWaitForEventOfType(ListingPublished.class)
			.matching(event -> event.listingId().equals(active) && event.publishedAt().isAfter(suspendedAt))
			.toArriveAndVerify(event -> {
				assertThat(event.status()).isEqualTo(ListingStatus.ACTIVE);
				assertThat(event).usingRecursiveComparison()
					.ignoringFields("publishedAt")
					.isEqualTo(announcedOnFirstPublication(events, active));
			});

		var announcedAgain = events.ofType(ListingPublished.class)
			.matching(event -> event.ownerId().equals(owner.userId()) && event.publishedAt().isAfter(suspendedAt));
		assertThat(announcedAgain).extracting(ListingPublished::listingId, ListingPublished::status)
			.as("only what returns to search, once; not %s nor %s", offMarket, draft)
			.containsExactlyInAnyOrder(tuple(active, ListingStatus.ACTIVE), tuple(pending, ListingStatus.PENDING));
	}

	private static ListingPublished announcedOnFirstPublication(PublishedEvents events, UUID listingId) {
		return events.ofType(ListingPublished.class)
			.matching(event -> event.listingId().equals(listingId))
			.iterator()
			.next();
	}

	@Test
	void aPriceChangeAnnouncesTheOldAndTheNewPriceAndIsKept(Scenario scenario) {
		var owner = UUID.randomUUID();
		var id = fixtures.published(owner);
		var caller = Caller.user(owner);

		scenario
			.stimulate(() -> management.revise(caller, id, null,
					details -> new ListingDetails(details.title(), details.description(), details.purpose(),
							details.propertyType(), Money.of("430000", "EUR"), details.address(),
							details.addressVisibility(), details.location(), details.bedrooms(), details.bathrooms(),
							details.livingArea(), details.lotArea(), details.yearBuilt(), details.features())))
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
		var caller = Caller.user(owner);

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

package com.luxestate.listings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import com.luxestate.identity.UserSuspended;
import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.ListingCatalog;
import com.luxestate.listings.ListingModeration;
import com.luxestate.listings.ListingRemoved;
import com.luxestate.listings.ListingStatus;
import com.luxestate.platform.Caller;

/** What other modules see of listings, and what moderation does to them. */
@ApplicationModuleTest
class ListingCatalogTests {

	private final ListingCatalog catalog;

	private final ListingModeration moderation;

	private final ListingManagement management;

	private final ListingFixtures fixtures;

	ListingCatalogTests(ListingCatalog catalog, ListingModeration moderation, ListingManagement management,
			ListingMedia media) {
		this.catalog = catalog;
		this.moderation = moderation;
		this.management = management;
		this.fixtures = new ListingFixtures(management, media);
	}

	@Test
	void summariesComeInOneBatchWithTheAddressVisibilityApplied() {
		var owner = UUID.randomUUID();
		var visible = fixtures.published(owner);
		var hidden = fixtures.published(owner, AddressVisibility.HIDDEN);
		var unknown = UUID.randomUUID();

		var summaries = catalog.findSummaries(List.of(visible, hidden, unknown));

		assertThat(summaries).containsOnlyKeys(visible, hidden);
		assertThat(summaries.get(visible).location().lat()).isEqualTo(38.7106);
		assertThat(summaries.get(hidden).location().lat()).isNotEqualTo(38.7106);
		assertThat(summaries.get(visible).primaryImagePath()).startsWith("/media/listings/" + visible)
			.endsWith("/thumbnail.jpg");
		assertThat(catalog.findOwner(visible)).contains(owner);
		assertThat(catalog.findOwner(unknown)).isEmpty();
	}

	@Test
	void summariesSayWhetherEachListingIsPubliclyVisible(Scenario scenario) {
		var owner = UUID.randomUUID();
		var active = fixtures.published(owner);
		var sold = fixtures.published(owner);
		management.changeStatus(Caller.user(owner), sold, null, ListingStatus.PENDING);
		management.changeStatus(Caller.user(owner), sold, null, ListingStatus.SOLD);
		var draft = fixtures.draft(owner);
		var takenDown = fixtures.published(owner);
		moderation.takeDown(takenDown, "misleading photos", UUID.randomUUID());
		var suspendedOwner = UUID.randomUUID();
		var ofSuspendedOwner = fixtures.published(suspendedOwner);
		scenario.publish(new UserSuspended(suspendedOwner, "spam", UUID.randomUUID(), Instant.now()))
			.andWaitForStateChange(() -> catalog.isPubliclyVisible(ofSuspendedOwner), visible -> !visible);

		var summaries = catalog.findSummaries(List.of(active, sold, draft, takenDown, ofSuspendedOwner));

		assertThat(summaries).hasSize(5);
		assertThat(summaries.get(active).publiclyVisible()).isTrue();
		assertThat(summaries.get(sold).publiclyVisible()).as("sold listings stay on view, out of search").isTrue();
		assertThat(summaries.get(draft).publiclyVisible()).isFalse();
		assertThat(summaries.get(takenDown).publiclyVisible()).isFalse();
		assertThat(summaries.get(ofSuspendedOwner).publiclyVisible()).isFalse();
		assertThat(summaries.get(ofSuspendedOwner).status()).isEqualTo(ListingStatus.ACTIVE);
		assertThat(summaries.values()).as("one answer, whichever way it is asked")
			.allSatisfy(summary -> assertThat(summary.publiclyVisible())
				.isEqualTo(catalog.isPubliclyVisible(summary.id())));
	}

	@Test
	void draftsAreNotPubliclyVisible() {
		var owner = UUID.randomUUID();

		assertThat(catalog.isPubliclyVisible(fixtures.draft(owner))).isFalse();
		assertThat(catalog.isPubliclyVisible(fixtures.published(owner))).isTrue();
		assertThat(catalog.isPubliclyVisible(UUID.randomUUID())).isFalse();
	}

	@Test
	void aTakenDownListingIsRestoredToItsStatus(Scenario scenario) {
		var owner = UUID.randomUUID();
		var id = fixtures.published(owner);
		management.changeStatus(Caller.user(owner), id, null, ListingStatus.PENDING);
		var moderator = UUID.randomUUID();

		scenario.stimulate(() -> moderation.takeDown(id, "misleading photos", moderator))
			.andWaitForEventOfType(ListingRemoved.class)
			.matching(event -> event.listingId().equals(id))
			.toArriveAndVerify(event -> assertThat(event.takenDown()).isTrue());
		moderation.takeDown(id, "again", moderator);
		assertThat(catalog.isPubliclyVisible(id)).isFalse();

		moderation.restore(id, moderator);
		moderation.restore(id, moderator);

		assertThat(management.find(Caller.ANONYMOUS, id).status()).isEqualTo(ListingStatus.PENDING);
	}

}

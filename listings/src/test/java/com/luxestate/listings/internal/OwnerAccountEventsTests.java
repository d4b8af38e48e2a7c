package com.luxestate.listings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import com.luxestate.identity.AgentVerified;
import com.luxestate.identity.UserDeleted;
import com.luxestate.identity.UserReinstated;
import com.luxestate.identity.UserSuspended;
import com.luxestate.listings.ListingCatalog;
import com.luxestate.listings.ListingStatus;
import com.luxestate.platform.Caller;

/**
 * Listings follow identity's account events, which arrive at least once and in no
 * guaranteed order: delivering one twice, or an older one late, changes nothing.
 */
@ApplicationModuleTest
class OwnerAccountEventsTests {

	private final ListingManagement management;

	private final ListingCatalog catalog;

	private final ListingFixtures fixtures;

	OwnerAccountEventsTests(ListingManagement management, ListingMedia media, ListingCatalog catalog) {
		this.management = management;
		this.catalog = catalog;
		this.fixtures = new ListingFixtures(management, media);
	}

	@Test
	void aSuspendedOwnersListingsLeavePublicViewAndReturnInTheirStatuses(Scenario scenario) {
		var owner = UUID.randomUUID();
		var active = fixtures.published(owner);
		var pending = fixtures.published(owner);
		management.changeStatus(Caller.user(owner), pending, null, ListingStatus.PENDING);
		var suspendedAt = Instant.now();

		scenario.publish(new UserSuspended(owner, "spam", UUID.randomUUID(), suspendedAt))
			.andWaitForStateChange(() -> catalog.isPubliclyVisible(active), visible -> !visible)
			.andVerify(visible -> assertThat(catalog.isPubliclyVisible(pending)).isFalse());

		// Delivered again: still suspended. A reinstatement older than the suspension
		// arrives late: ignored.
		scenario.publish(new UserSuspended(owner, "spam", UUID.randomUUID(), suspendedAt))
			.andWaitForStateChange(() -> catalog.isPubliclyVisible(active), visible -> !visible);
		scenario.publish(new UserReinstated(owner, UUID.randomUUID(), suspendedAt.minusSeconds(60)))
			.andWaitForEventOfType(UserReinstated.class)
			.toArrive();
		assertThat(catalog.isPubliclyVisible(active)).isFalse();

		scenario.publish(new UserReinstated(owner, UUID.randomUUID(), suspendedAt.plusSeconds(60)))
			.andWaitForStateChange(() -> catalog.isPubliclyVisible(active), visible -> visible)
			.andVerify(visible -> {
				assertThat(catalog.isPubliclyVisible(pending)).isTrue();
				assertThat(management.find(Caller.ANONYMOUS, pending).status()).isEqualTo(ListingStatus.PENDING);
				assertThat(management.find(Caller.ANONYMOUS, active).status()).isEqualTo(ListingStatus.ACTIVE);
			});
	}

	@Test
	void aDeletedOwnersListingsAreRemovedOnceAndForAll(Scenario scenario) {
		var owner = UUID.randomUUID();
		var published = fixtures.published(owner);
		var draft = fixtures.draft(owner);

		scenario.publish(new UserDeleted(owner, Instant.now()))
			.andWaitForStateChange(() -> management.find(Caller.user(owner), draft).status(),
					status -> status == ListingStatus.REMOVED)
			.andVerify(status -> {
				var removed = management.find(Caller.user(owner), published);
				assertThat(removed.status()).isEqualTo(ListingStatus.REMOVED);
				assertThat(removed.images()).isEmpty();
			});
		var versionAfterRemoval = management.find(Caller.user(owner), published).version();
		scenario.publish(new UserDeleted(owner, Instant.now())).andWaitForEventOfType(UserDeleted.class).toArrive();
		assertThat(management.find(Caller.user(owner), published).version()).isEqualTo(versionAfterRemoval);
	}

	@Test
	void aVerifiedAgentsListingsCarryTheBadge(Scenario scenario) {
		var agent = UUID.randomUUID();
		var before = fixtures.published(agent);

		scenario.publish(new AgentVerified(agent, UUID.randomUUID(), Instant.now()))
			.andWaitForStateChange(() -> management.find(Caller.ANONYMOUS, before).verifiedAgent(),
					verified -> verified);

		assertThat(management.find(Caller.ANONYMOUS, fixtures.published(agent)).verifiedAgent())
			.as("listings created later carry it too")
			.isTrue();
	}

}

package com.luxestate.listings.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.luxestate.identity.AgentVerified;
import com.luxestate.identity.UserDeleted;
import com.luxestate.identity.UserReinstated;
import com.luxestate.identity.UserSuspended;

/**
 * How listings follow their owners' accounts. Each reaction is idempotent: identity's events arrive at least once and
 * not necessarily in order (ADR 0005).
 */
@Component
class OwnerAccountEvents {

	private final OwnerStandings owners;
	private final Listings listings;
	private final java.time.Clock clock;

	OwnerAccountEvents(OwnerStandings owners, Listings listings, java.time.Clock clock) {
		this.owners = owners;
		this.listings = listings;
		this.clock = clock;
	}

	/** A suspended owner's listings leave public view, keeping their statuses for the reinstatement. */
	@ApplicationModuleListener
	void on(UserSuspended event) {
		owners.changeSuspension(event.userId(), true, event.suspendedAt());
	}

	@ApplicationModuleListener
	void on(UserReinstated event) {
		owners.changeSuspension(event.userId(), false, event.reinstatedAt());
	}

	/** A deleted account's listings are removed for good, and their image files deleted. */
	@ApplicationModuleListener
	void on(UserDeleted event) {
		var now = clock.instant();
		for (var listing : listings.findLockedByOwnerIdOrderById(event.userId())) {
			var removed = listing.remove(now);
			var imagesReleased = !listing.releaseImages().isEmpty();
			if (removed || imagesReleased) {
				listings.save(listing);
			}
		}
	}

	@ApplicationModuleListener
	void on(AgentVerified event) {
		owners.verifyAgent(event.agentId());
	}
}

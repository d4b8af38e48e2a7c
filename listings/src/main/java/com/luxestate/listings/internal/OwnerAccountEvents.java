package com.luxestate.listings.internal;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.luxestate.identity.AgentVerified;
import com.luxestate.identity.UserDeleted;
import com.luxestate.identity.UserReinstated;
import com.luxestate.identity.UserSuspended;

/**
 * How listings follow their owners' accounts. Each reaction is idempotent: identity's
 * events arrive at least once and not necessarily in order (ADR 0005).
 * <p>
 * Suspensions and reinstatements are the exception to asynchronous delivery: they are
 * applied in the transaction that suspends or reinstates the account, so that when the
 * admin's call returns, the owner's listings and their images are already withheld (or
 * back), on every instance, and a suspension whose listings could not be withheld does
 * not happen at all. The change is one conditional update per owner, cheap enough to run
 * in that transaction.
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

	/**
	 * A suspended owner's listings leave public view, keeping their statuses for the
	 * reinstatement.
	 */
	@EventListener
	@Transactional
	void on(UserSuspended event) {
		owners.changeSuspension(event.userId(), true, event.suspendedAt());
	}

	@EventListener
	@Transactional
	void on(UserReinstated event) {
		owners.changeSuspension(event.userId(), false, event.reinstatedAt());
	}

	/**
	 * A deleted account's listings are removed for good, and their image files deleted.
	 */
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

package com.luxestate.listings.internal;

import static com.luxestate.listings.internal.jooq.Tables.LISTING;
import static com.luxestate.listings.internal.jooq.Tables.OWNER_STANDING;

import java.time.Instant;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The owner account states identity announced, and their effect on the owners' listings. Every change is a single
 * conditional statement, so redelivered and reordered events change nothing (ADR 0005).
 */
@Repository
class OwnerStandings {

	private final DSLContext sql;

	OwnerStandings(DSLContext sql) {
		this.sql = sql;
	}

	OwnerStanding of(UUID ownerId) {
		return sql.select(OWNER_STANDING.SUSPENDED, OWNER_STANDING.VERIFIED_AGENT)
				.from(OWNER_STANDING)
				.where(OWNER_STANDING.OWNER_ID.eq(ownerId))
				.fetchOptional(row -> new OwnerStanding(row.value1(), row.value2()))
				.orElse(OwnerStanding.GOOD);
	}

	/**
	 * Records the owner's suspension state as of {@code changedAt}, unless a later change is known already, and
	 * hides or shows their listings accordingly. Statuses are untouched, so the listings come back as they were.
	 */
	void changeSuspension(UUID ownerId, boolean suspended, Instant changedAt) {
		var applied = sql.insertInto(OWNER_STANDING)
				.set(OWNER_STANDING.OWNER_ID, ownerId)
				.set(OWNER_STANDING.SUSPENDED, suspended)
				.set(OWNER_STANDING.SUSPENSION_CHANGED_AT, changedAt)
				.onConflict(OWNER_STANDING.OWNER_ID)
				.doUpdate()
				.set(OWNER_STANDING.SUSPENDED, suspended)
				.set(OWNER_STANDING.SUSPENSION_CHANGED_AT, changedAt)
				.where(OWNER_STANDING.SUSPENSION_CHANGED_AT.isNull()
						.or(OWNER_STANDING.SUSPENSION_CHANGED_AT.lt(changedAt)))
				.execute();
		if (applied > 0) {
			// The version moves on, so an edit based on the listing as it was before fails instead of undoing this.
			sql.update(LISTING)
					.set(LISTING.OWNER_SUSPENDED, suspended)
					.set(LISTING.VERSION, LISTING.VERSION.plus(1))
					.where(LISTING.OWNER_ID.eq(ownerId).and(LISTING.OWNER_SUSPENDED.ne(suspended)))
					.execute();
		}
	}

	void verifyAgent(UUID agentId) {
		sql.insertInto(OWNER_STANDING)
				.set(OWNER_STANDING.OWNER_ID, agentId)
				.set(OWNER_STANDING.VERIFIED_AGENT, true)
				.onConflict(OWNER_STANDING.OWNER_ID)
				.doUpdate()
				.set(OWNER_STANDING.VERIFIED_AGENT, true)
				.execute();
		sql.update(LISTING)
				.set(LISTING.VERIFIED_AGENT, true)
				.set(LISTING.VERSION, LISTING.VERSION.plus(1))
				.where(LISTING.OWNER_ID.eq(agentId).and(LISTING.VERIFIED_AGENT.isFalse()))
				.execute();
	}
}

package com.luxestate.listings.internal;

import static com.luxestate.listings.internal.jooq.Tables.LISTING;
import static com.luxestate.listings.internal.jooq.Tables.OWNER_STANDING;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;

import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.ListingPublished;
import com.luxestate.listings.ListingStatus;

/**
 * The owner account states identity announced, and their effect on the owners' listings.
 * Every change is a single conditional statement, so redelivered and reordered events
 * change nothing (ADR 0005).
 */
@Repository
class OwnerStandings {

	/** What a listing coming back into search is announced with. */
	private static final List<Field<?>> PUBLISHED = Stream
		.concat(Stream.of(LISTING.ID, LISTING.OWNER_ID, LISTING.STATUS, LISTING.PUBLIC_LATITUDE,
				LISTING.PUBLIC_LONGITUDE), ListingRows.DETAILS.stream())
		.toList();

	private final DSLContext sql;

	private final ApplicationEventPublisher events;

	OwnerStandings(DSLContext sql, ApplicationEventPublisher events) {
		this.sql = sql;
		this.events = events;
	}

	OwnerStanding of(UUID ownerId) {
		return sql.select(OWNER_STANDING.SUSPENDED, OWNER_STANDING.VERIFIED_AGENT)
			.from(OWNER_STANDING)
			.where(OWNER_STANDING.OWNER_ID.eq(ownerId))
			.fetchOptional(row -> new OwnerStanding(row.value1(), row.value2()))
			.orElse(OwnerStanding.GOOD);
	}

	/**
	 * Records the owner's suspension state as of {@code changedAt}, unless a later change
	 * is known already, and hides or shows their listings accordingly. Statuses are
	 * untouched, so the listings come back as they were; each that comes back into search
	 * is announced ({@link ListingPublished}), in this transaction, like any other
	 * listing that enters search.
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
			.where(OWNER_STANDING.SUSPENSION_CHANGED_AT.isNull().or(OWNER_STANDING.SUSPENSION_CHANGED_AT.lt(changedAt)))
			.execute();
		if (applied == 0) {
			return;
		}
		// The version moves on, so an edit based on the listing as it was before fails
		// instead of undoing this.
		var changed = sql.update(LISTING)
			.set(LISTING.OWNER_SUSPENDED, suspended)
			.set(LISTING.VERSION, LISTING.VERSION.plus(1))
			.where(LISTING.ID
				.in(lockedInIdOrder(LISTING.OWNER_ID.eq(ownerId).and(LISTING.OWNER_SUSPENDED.ne(suspended)))))
			.returningResult(PUBLISHED)
			.fetch();
		if (!suspended) {
			changed.stream()
				.filter(row -> ListingStatus.valueOf(row.get(LISTING.STATUS)).isSearchable())
				.map(row -> publication(row, changedAt))
				.forEach(events::publishEvent);
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
			.where(LISTING.ID.in(lockedInIdOrder(LISTING.OWNER_ID.eq(agentId).and(LISTING.VERIFIED_AGENT.isFalse()))))
			.execute();
	}

	/**
	 * The ids of the listings to update, their rows locked in the order of their ids, the
	 * order in which every writer of several listings locks them
	 * ({@link Listings#findLockedByOwnerIdOrderById}): two such writers never wait for
	 * each other in a circle.
	 */
	private Select<Record1<UUID>> lockedInIdOrder(Condition listings) {
		return sql.select(LISTING.ID).from(LISTING).where(listings).orderBy(LISTING.ID).forUpdate();
	}

	private static ListingPublished publication(Record row, Instant at) {
		var publicLocation = row.get(LISTING.PUBLIC_LATITUDE) == null ? null
				: new GeoPoint(row.get(LISTING.PUBLIC_LATITUDE), row.get(LISTING.PUBLIC_LONGITUDE));
		return Listing.publication(row.get(LISTING.ID), row.get(LISTING.OWNER_ID),
				ListingStatus.valueOf(row.get(LISTING.STATUS)), ListingRows.details(row), publicLocation, at);
	}

}

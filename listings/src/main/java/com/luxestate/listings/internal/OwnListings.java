package com.luxestate.listings.internal;

import static com.luxestate.listings.internal.jooq.Tables.LISTING;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import com.luxestate.listings.ListingStatus;

/**
 * The caller's own listings, in every status: a page of them and how many there are. Both are read from one
 * snapshot (repeatable read), so the count never disagrees with the page it comes with.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class OwnListings {

	private final ListingManagement management;
	private final DSLContext sql;

	OwnListings(ListingManagement management, DSLContext sql) {
		this.management = management;
		this.sql = sql;
	}

	/**
	 * @param status only listings in this status, or {@code null} for all
	 * @param after the id the previous page ended with, or {@code null} for the first page
	 */
	public Page page(Caller caller, ListingStatus status, UUID after, int limit) {
		var items = management.mine(caller, status, after, limit);
		var mine = LISTING.OWNER_ID.eq(caller.userId());
		if (status != null) {
			mine = mine.and(LISTING.STATUS.eq(status.name()));
		}
		return new Page(items, sql.fetchCount(LISTING, mine));
	}

	/**
	 * @param total how many listings the caller has in the status asked for, on every page together
	 */
	public record Page(List<ListingView> items, int total) {
	}
}

package com.luxestate.listings.internal;

import static com.luxestate.listings.internal.jooq.Tables.LISTING;
import static com.luxestate.listings.internal.jooq.Tables.LISTING_IMAGE;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.internal.ListingView.ImageView;
import com.luxestate.platform.Caller;
import com.luxestate.platform.Page;
import com.luxestate.platform.PageCursor;

/**
 * The caller's own listings, in every status: a page of them and how many there are. Both
 * are read from one snapshot (repeatable read), so the count never disagrees with the
 * page it comes with.
 * <p>
 * A page is read as rows, not loaded as aggregates: {@link Listings} would load each
 * listing's images with a statement of its own, a hundred and more for a page of 100.
 * Here a page costs three statements whatever its size: its listings, all their images,
 * the count.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class OwnListings {

	/**
	 * What the owner sees of each listing: everything {@link ListingView#of} shows them.
	 */
	private static final List<Field<?>> SHOWN = Stream
		.concat(Stream.of(LISTING.ID, LISTING.VERSION, LISTING.OWNER_ID, LISTING.STATUS, LISTING.VERIFIED_AGENT,
				LISTING.CREATED_AT, LISTING.UPDATED_AT, LISTING.PUBLISHED_AT), ListingRows.DETAILS.stream())
		.toList();

	private final DSLContext sql;

	OwnListings(DSLContext sql) {
		this.sql = sql;
	}

	/**
	 * The caller's listings, newest first, paged by id (ids are time-ordered); the page's
	 * total is how many listings the caller has in the status asked for, on every page
	 * together.
	 * @param status only listings in this status, or {@code null} for all
	 * @param cursor the {@code nextCursor} of the previous page, or {@code null} for the
	 * first page
	 */
	public Page<ListingView> page(Caller caller, ListingStatus status, String cursor, int limit) {
		ListingManagement.requireSignedIn(caller);
		var mine = LISTING.OWNER_ID.eq(caller.userId());
		if (status != null) {
			mine = mine.and(LISTING.STATUS.eq(status.name()));
		}
		var after = PageCursor.decode(cursor, 1, keys -> UUID.fromString(keys.getFirst()));
		var rows = sql.select(SHOWN)
			.from(LISTING)
			.where(after == null ? mine : mine.and(LISTING.ID.lt(after)))
			.orderBy(LISTING.ID.desc())
			.limit(limit + 1)
			.fetch();
		var page = Page.ofLookahead(rows, limit, last -> PageCursor.encode(last.get(LISTING.ID)),
				sql.fetchCount(LISTING, mine));
		var images = imagesOf(page.items().stream().map(row -> row.get(LISTING.ID)).toList());
		return page.map(row -> view(row, images.getOrDefault(row.get(LISTING.ID), List.of())));
	}

	/** The images of the listings, each listing's in their order. */
	private Map<UUID, List<ImageView>> imagesOf(Collection<UUID> listingIds) {
		if (listingIds.isEmpty()) {
			return Map.of();
		}
		return sql
			.select(LISTING_IMAGE.LISTING_ID, LISTING_IMAGE.IMAGE_ID, LISTING_IMAGE.POSITION, LISTING_IMAGE.IS_PRIMARY,
					LISTING_IMAGE.ALT_TEXT, LISTING_IMAGE.WIDTH, LISTING_IMAGE.HEIGHT, LISTING_IMAGE.STORAGE_KEY)
			.from(LISTING_IMAGE)
			.where(LISTING_IMAGE.LISTING_ID.in(listingIds))
			.orderBy(LISTING_IMAGE.LISTING_ID, LISTING_IMAGE.POSITION)
			.fetchGroups(LISTING_IMAGE.LISTING_ID, image -> new ImageView(image.value2(), image.value3(),
					image.value4(), image.value5(), image.value6(), image.value7(), image.value8()));
	}

	/** The listing as {@link ListingView#of} shows it to its owner. */
	private static ListingView view(Record row, List<ImageView> images) {
		return new ListingView(row.get(LISTING.ID), row.get(LISTING.OWNER_ID),
				ListingStatus.valueOf(row.get(LISTING.STATUS)), ListingRows.details(row), images,
				row.get(LISTING.VERIFIED_AGENT), row.get(LISTING.VERSION), row.get(LISTING.CREATED_AT),
				row.get(LISTING.UPDATED_AT), row.get(LISTING.PUBLISHED_AT));
	}

}

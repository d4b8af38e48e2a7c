package com.luxestate.listings.internal;

import static com.luxestate.listings.internal.jooq.Tables.LISTING;
import static com.luxestate.listings.internal.jooq.Tables.LISTING_IMAGE;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.ListingCatalog;
import com.luxestate.listings.ListingModeration;
import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.ListingSummary;
import com.luxestate.listings.Money;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.listings.internal.media.ImageDerivative;
import com.luxestate.listings.internal.media.ImagePaths;

/**
 * The listings module's API for other modules: lookups by id in one query, and
 * moderation.
 */
@Service
@Transactional
class ListingCatalogService implements ListingCatalog, ListingModeration {

	private static final Logger log = LoggerFactory.getLogger(ListingCatalogService.class);

	private final DSLContext sql;

	private final Listings listings;

	private final java.time.Clock clock;

	ListingCatalogService(DSLContext sql, Listings listings, java.time.Clock clock) {
		this.sql = sql;
		this.listings = listings;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, ListingSummary> findSummaries(Collection<UUID> listingIds) {
		if (listingIds.isEmpty()) {
			return Map.of();
		}
		var primaryImage = org.jooq.impl.DSL.field(sql.select(LISTING_IMAGE.IMAGE_ID)
			.from(LISTING_IMAGE)
			.where(LISTING_IMAGE.LISTING_ID.eq(LISTING.ID).and(LISTING_IMAGE.IS_PRIMARY))
			.limit(1));
		return sql
			.select(LISTING.ID, LISTING.OWNER_ID, LISTING.STATUS, LISTING.OWNER_SUSPENDED, LISTING.TITLE,
					LISTING.PURPOSE, LISTING.PROPERTY_TYPE, LISTING.PRICE_AMOUNT, LISTING.PRICE_CURRENCY, LISTING.CITY,
					LISTING.COUNTRY, LISTING.PUBLIC_LATITUDE, LISTING.PUBLIC_LONGITUDE, primaryImage)
			.from(LISTING)
			.where(LISTING.ID.in(listingIds))
			.fetch(row -> {
				var status = ListingStatus.valueOf(row.value3());
				return new ListingSummary(row.value1(), row.value2(), status,
						Listing.isPubliclyVisible(status, row.value4()), row.value5(), Purpose.valueOf(row.value6()),
						PropertyType.valueOf(row.value7()), new Money(row.value8(), row.value9()), row.value10(),
						row.value11(), row.value12() == null ? null : new GeoPoint(row.value12(), row.value13()),
						row.value14() == null ? null
								: ImagePaths.of(row.value1(), row.value14(), ImageDerivative.THUMBNAIL));
			})
			.stream()
			.collect(Collectors.toMap(ListingSummary::id, Function.identity()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> findOwner(UUID listingId) {
		return sql.select(LISTING.OWNER_ID)
			.from(LISTING)
			.where(LISTING.ID.eq(listingId))
			.fetchOptional(LISTING.OWNER_ID);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isPubliclyVisible(UUID listingId) {
		return sql.select(LISTING.STATUS, LISTING.OWNER_SUSPENDED)
			.from(LISTING)
			.where(LISTING.ID.eq(listingId))
			.fetchOptional(row -> Listing.isPubliclyVisible(ListingStatus.valueOf(row.value1()), row.value2()))
			.orElse(false);
	}

	@Override
	public void takeDown(UUID listingId, String reason, UUID actorId) {
		listings.findLockedById(listingId).ifPresent(listing -> {
			if (listing.takeDown(clock.instant())) {
				listings.save(listing);
				log.info("Listing {} taken down by {}: {}", listingId, actorId, reason);
			}
		});
	}

	@Override
	public void restore(UUID listingId, UUID actorId) {
		listings.findLockedById(listingId).ifPresent(listing -> {
			if (listing.restore(clock.instant())) {
				listings.save(listing);
				log.info("Listing {} restored by {}", listingId, actorId);
			}
		});
	}

}

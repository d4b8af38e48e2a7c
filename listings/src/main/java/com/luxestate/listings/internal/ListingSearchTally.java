package com.luxestate.listings.internal;

import static com.luxestate.listings.internal.jooq.Tables.SEARCH_TALLY;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.luxestate.listings.internal.jooq.Routines;

/**
 * Exact totals of broad searches from the tally the listing table's triggers keep
 * (migration V3): a search that filters only on status, purpose, type, currency, country
 * and city is answered by summing a few hundred ledger rows instead of counting up to
 * every visible listing.
 */
@Component
class ListingSearchTally {

	private final DSLContext sql;

	ListingSearchTally(DSLContext sql) {
		this.sql = sql;
	}

	/**
	 * Whether the tally can count this search's matches: it knows listings by bucket,
	 * nothing finer.
	 */
	static boolean answers(SearchCriteria criteria) {
		return criteria.text() == null && criteria.minPrice() == null && criteria.maxPrice() == null
				&& criteria.minBedrooms() == null && criteria.minBathrooms() == null && criteria.minArea() == null
				&& criteria.maxArea() == null && criteria.features().isEmpty() && criteria.boundingBox() == null
				&& criteria.radiusKm() == null;
	}

	/**
	 * The number of publicly visible listings matching a search the tally
	 * {@link #answers}.
	 */
	int total(SearchCriteria criteria) {
		var total = sql.select(sum(SEARCH_TALLY.LISTINGS))
			.from(SEARCH_TALLY)
			.where(bucketsOf(criteria))
			.fetchOne(0, Long.class);
		return total == null ? 0 : Math.toIntExact(total);
	}

	private static Condition bucketsOf(SearchCriteria criteria) {
		var where = criteria.includePending() ? SEARCH_TALLY.STATUS.in(inline("ACTIVE"), inline("PENDING"))
				: SEARCH_TALLY.STATUS.eq(inline("ACTIVE"));
		if (criteria.purpose() != null) {
			where = where.and(SEARCH_TALLY.PURPOSE.eq(criteria.purpose().name()));
		}
		if (!criteria.types().isEmpty()) {
			where = where.and(SEARCH_TALLY.PROPERTY_TYPE.in(criteria.types().stream().map(Enum::name).toList()));
		}
		if (criteria.currency() != null) {
			where = where.and(SEARCH_TALLY.PRICE_CURRENCY.eq(criteria.currency()));
		}
		if (criteria.country() != null) {
			where = where.and(SEARCH_TALLY.COUNTRY.eq(criteria.country()));
		}
		if (criteria.city() != null) {
			where = where.and(SEARCH_TALLY.CITY_KEY.eq(Routines.searchText(val(criteria.city()))));
		}
		return where;
	}

	/**
	 * Folds the ledger into one row per bucket. One statement deletes the rows its
	 * snapshot sees and inserts their sums, so deltas appended meanwhile stay, and
	 * readers see the ledger before or after, never half-folded.
	 */
	@Scheduled(fixedDelayString = "${luxestate.listings.search-tally-fold-interval:PT1M}",
			initialDelayString = "${luxestate.listings.search-tally-fold-interval:PT1M}")
	@SchedulerLock(name = "listings-search-tally-fold")
	@Transactional
	public void fold() {
		sql.execute("""
				WITH folded AS (DELETE FROM listings.search_tally RETURNING *)
				INSERT INTO listings.search_tally
				    (status, purpose, property_type, price_currency, country, city_key, listings)
				SELECT status, purpose, property_type, price_currency, country, city_key, sum(listings)
				FROM folded
				GROUP BY status, purpose, property_type, price_currency, country, city_key
				HAVING sum(listings) <> 0
				""");
	}

}

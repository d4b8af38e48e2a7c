package com.luxestate.listings.internal;

import static com.luxestate.listings.internal.jooq.Tables.PRICE_CHANGE;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.luxestate.listings.Money;

/**
 * Every price a listing has asked, oldest first. It grows without bound, so it is not
 * part of the aggregate that is loaded and saved as a whole.
 */
@Repository
class PriceHistory {

	private final DSLContext sql;

	PriceHistory(DSLContext sql) {
		this.sql = sql;
	}

	void record(UUID listingId, Money price, Instant since) {
		sql.insertInto(PRICE_CHANGE)
			.set(PRICE_CHANGE.LISTING_ID, listingId)
			.set(PRICE_CHANGE.AMOUNT, price.amount())
			.set(PRICE_CHANGE.CURRENCY, price.currency())
			.set(PRICE_CHANGE.CHANGED_AT, since)
			.execute();
	}

	List<PricePoint> of(UUID listingId) {
		return sql.select(PRICE_CHANGE.AMOUNT, PRICE_CHANGE.CURRENCY, PRICE_CHANGE.CHANGED_AT)
			.from(PRICE_CHANGE)
			.where(PRICE_CHANGE.LISTING_ID.eq(listingId))
			.orderBy(PRICE_CHANGE.CHANGED_AT, PRICE_CHANGE.ID)
			.fetch(row -> new PricePoint(new Money(row.value1(), row.value2()), row.value3()));
	}

}

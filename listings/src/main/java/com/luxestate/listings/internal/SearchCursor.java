package com.luxestate.listings.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.luxestate.platform.PageCursor;

/**
 * Where the previous page ended: the sort key and id of its last listing. Pages continue
 * strictly after that key, so listings added meanwhile neither repeat nor push others out
 * of the way. Opaque to clients ({@link PageCursor}).
 *
 * Cursors come back from clients, so every key is checked to be a value of its kind that
 * PostgreSQL can compare with (a price cursor of {@code 1e200000} would overflow the
 * numeric comparison).
 *
 * @param key the sort value of the last listing: epoch microseconds (newest), amount
 * (price), metres (distance) or rank (relevance)
 */
public record SearchCursor(SearchSort sort, String key, UUID lastId) {

	/**
	 * Publication times a cursor may hold: years 1 to 9999, well within PostgreSQL's
	 * {@code timestamptz}.
	 */
	private static final long MIN_EPOCH_MICROS = ChronoUnit.MICROS.between(Instant.EPOCH,
			Instant.parse("0001-01-01T00:00:00Z"));

	private static final long MAX_EPOCH_MICROS = ChronoUnit.MICROS.between(Instant.EPOCH,
			Instant.parse("9999-12-31T23:59:59.999999Z"));

	public String encode() {
		return PageCursor.encode(sort.parameter(), key, lastId);
	}

	/**
	 * @throws com.luxestate.platform.ProblemException 400 on {@code cursor} when the
	 * cursor was not made by {@link #encode()} for the same sort
	 */
	public static SearchCursor decode(String cursor, SearchSort expectedSort) {
		return PageCursor.decode(cursor, 3, keys -> {
			if (!expectedSort.parameter().equals(keys.get(0))) {
				throw new IllegalArgumentException("Not a cursor for this sort");
			}
			var decoded = new SearchCursor(expectedSort, keys.get(1), UUID.fromString(keys.get(2)));
			switch (expectedSort) { // each key must parse as what it claims to be
				case NEWEST -> decoded.epochMicros();
				case PRICE_ASC, PRICE_DESC -> decoded.amount();
				case DISTANCE -> decoded.metres();
				case RELEVANCE -> decoded.rank();
			}
			return decoded;
		});
	}

	public long epochMicros() {
		var micros = Long.parseLong(key);
		if (micros < MIN_EPOCH_MICROS || micros > MAX_EPOCH_MICROS) {
			throw new IllegalArgumentException("Not a publication time");
		}
		return micros;
	}

	/**
	 * A price as the listing table holds it: 0 to {@link ListingRules#MAX_PRICE}, at most
	 * 2 decimals.
	 */
	public BigDecimal amount() {
		var amount = new BigDecimal(key);
		if (amount.signum() < 0 || amount.compareTo(ListingRules.MAX_PRICE) > 0
				|| amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("Not a price");
		}
		return amount;
	}

	double metres() {
		var metres = Double.parseDouble(key);
		if (!Double.isFinite(metres) || metres < 0) {
			throw new IllegalArgumentException("Not a distance");
		}
		return metres;
	}

	public float rank() {
		var rank = Float.parseFloat(key);
		if (!Float.isFinite(rank)) {
			throw new IllegalArgumentException("Not a rank");
		}
		return rank;
	}
}

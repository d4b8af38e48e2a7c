package com.luxestate.listings.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where the previous page ended: the sort key and id of its last listing. Pages continue strictly after that key, so
 * listings added meanwhile neither repeat nor push others out of the way. Opaque to clients (base64url).
 *
 * @param key the sort value of the last listing: epoch microseconds (newest), amount (price), metres (distance) or
 * rank (relevance)
 */
public record SearchCursor(SearchSort sort, String key, UUID lastId) {

	public String encode() {
		var plain = sort.parameter() + "|" + key + "|" + lastId;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws IllegalArgumentException when the cursor was not made by {@link #encode()} for the same sort
	 */
	public static SearchCursor decode(String cursor, SearchSort expectedSort) {
		var parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
		if (parts.length != 3 || !expectedSort.parameter().equals(parts[0])) {
			throw new IllegalArgumentException("Not a cursor for this sort");
		}
		var decoded = new SearchCursor(expectedSort, parts[1], UUID.fromString(parts[2]));
		switch (expectedSort) { // each key must parse as what it claims to be
			case NEWEST -> decoded.epochMicros();
			case PRICE_ASC, PRICE_DESC -> decoded.amount();
			case DISTANCE -> decoded.metres();
			case RELEVANCE -> decoded.rank();
		}
		return decoded;
	}

	long epochMicros() {
		return Long.parseLong(key);
	}

	BigDecimal amount() {
		return new BigDecimal(key);
	}

	double metres() {
		var metres = Double.parseDouble(key);
		if (!Double.isFinite(metres)) {
			throw new IllegalArgumentException("Not a distance");
		}
		return metres;
	}

	float rank() {
		var rank = Float.parseFloat(key);
		if (!Float.isFinite(rank)) {
			throw new IllegalArgumentException("Not a rank");
		}
		return rank;
	}
}

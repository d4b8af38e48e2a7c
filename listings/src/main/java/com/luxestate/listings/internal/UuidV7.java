package com.luxestate.listings.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): listings are paged by id, and ids that grow with time keep the primary
 * key index append-mostly and make "newest first" an index scan.
 */
public final class UuidV7 {

	private static final SecureRandom RANDOM = new SecureRandom();

	private UuidV7() {
	}

	public static UUID next(Clock clock) {
		long millis = clock.millis();
		long randomA = RANDOM.nextInt(1 << 12);
		long mostSignificant = (millis << 16) | (0x7L << 12) | randomA;
		long leastSignificant = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(mostSignificant, leastSignificant);
	}
}

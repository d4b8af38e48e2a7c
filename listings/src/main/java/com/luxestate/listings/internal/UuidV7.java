package com.luxestate.listings.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.UUIDClock;

/**
 * Time-ordered UUIDs (RFC 9562 version 7), from the same library identity uses, on the application's clock:
 * listings are paged by id, and ids that grow with time keep the primary key index append-mostly and make "newest
 * first" an index scan.
 */
public final class UuidV7 {

	private static final SecureRandom RANDOM = new SecureRandom();

	private UuidV7() {
	}

	public static UUID next(Clock clock) {
		return Generators.timeBasedEpochGenerator(RANDOM, new UUIDClock() {
			@Override
			public long currentTimeMillis() {
				return clock.millis();
			}
		}).generate();
	}
}

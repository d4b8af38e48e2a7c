package com.luxestate.platform;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.UUIDClock;

/**
 * Identifiers of new aggregates: time-ordered UUIDs (RFC 9562 version 7) on the
 * application's {@link Clock}. Ids that grow with time keep primary key indexes
 * append-mostly and let lists paged by id read "newest first" as an index scan; taking
 * the time from the clock keeps them in step with the timestamps stored beside them.
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

package com.luxestate.listings.internal;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The clock listings are stamped with: the application's {@link Clock} bean when there is exactly one (tests set a
 * fixed one), the system's UTC clock otherwise. Listings do not declare a {@code Clock} bean of their own, so that
 * modules do not compete over it.
 */
@Component
class ListingClock {

	private final Clock clock;

	ListingClock(ObjectProvider<Clock> clocks) {
		this.clock = clocks.getIfUnique(Clock::systemUTC);
	}

	Clock clock() {
		return clock;
	}
}

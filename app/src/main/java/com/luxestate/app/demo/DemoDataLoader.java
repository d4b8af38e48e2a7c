package com.luxestate.app.demo;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.luxestate.identity.AccountImport;
import com.luxestate.listings.ListingImport;

/**
 * Loads the demo data at start-up when {@code luxestate.demo.listings} (environment
 * {@code LUXESTATE_DEMO_LISTINGS}) names how many listings; see the README. Never active
 * unless asked for. Runs before the application reports itself ready, so the keyword
 * index is built with the demo listings in it.
 */
@Component
@ConditionalOnProperty("luxestate.demo.listings")
class DemoDataLoader implements ApplicationRunner {

	private final DemoData data;

	private final int count;

	private final long seed;

	DemoDataLoader(AccountImport accountImport, ListingImport listingImport, Clock clock,
			@Value("${luxestate.demo.listings}") int count, @Value("${luxestate.demo.seed:2026}") long seed) {
		this.data = new DemoData(accountImport, listingImport, clock);
		this.count = count;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (count > 0) {
			data.load(count, seed);
		}
	}

}

package com.luxestate.listings.internal.demo;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.luxestate.identity.demo.DemoAccounts;
import com.luxestate.listings.internal.media.ImagePipeline;
import com.luxestate.listings.internal.media.MediaStorage;

/**
 * Loads demo listings, their owners and their pictures at start-up when {@code luxestate.demo.listings}
 * (environment {@code LUXESTATE_DEMO_LISTINGS}) names how many; see the README. Never active unless asked for.
 */
@Component
@ConditionalOnProperty("luxestate.demo.listings")
class DemoDataLoader implements ApplicationRunner {

	private final DemoListings listings;
	private final int count;
	private final long seed;

	DemoDataLoader(DataSource dataSource, Clock clock, DemoAccounts accounts, ImagePipeline pipeline,
			MediaStorage storage, @Value("${luxestate.demo.listings}") int count,
			@Value("${luxestate.demo.seed:2026}") long seed) {
		this.listings = new DemoListings(dataSource, clock, accounts, pipeline, storage);
		this.count = count;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (count > 0) {
			listings.load(count, seed);
		}
	}
}

package com.luxestate.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.luxestate.identity.AccountImport;
import com.luxestate.identity.ImportedAccount;
import com.luxestate.identity.NewAccount;
import com.luxestate.listings.ListingImport;
import com.luxestate.listings.NewListing;

/**
 * The demo data set (README, "Demo data and benchmark"): decides what to make, and has
 * each module store its part through its public import API: identity the accounts
 * ({@link AccountImport}), listings the pictures and the listings
 * ({@link ListingImport}). One million listings load in a few minutes, most of it spent
 * by PostgreSQL on the full-text column and the search indexes.
 */
class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** About one account per this many listings. */
	static final int LISTINGS_PER_ACCOUNT = 25;

	private final AccountImport accountImport;

	private final ListingImport listingImport;

	private final Clock clock;

	DemoData(AccountImport accountImport, ListingImport listingImport, Clock clock) {
		this.accountImport = accountImport;
		this.listingImport = listingImport;
		this.clock = clock;
	}

	/**
	 * Adds {@code count} listings; the same seed gives the same listings (ids and dates
	 * aside). Their owners are the first {@code count / 25} demo accounts, which are
	 * created where missing and otherwise used as they are.
	 */
	void load(int count, long seed) {
		var started = System.nanoTime();
		var random = new SplittableRandom(seed);
		try (var session = listingImport.open()) {
			// Pictures keep the processors busy, accounts mostly the database: both at
			// once.
			var pictures = CompletableFuture.supplyAsync(() -> DemoImages.importInto(session, seed));
			var accounts = accounts(Math.max(1, count / LISTINGS_PER_ACCOUNT));
			var listings = new DemoListings(accounts, joined(pictures));
			log.info("Demo owners and pictures ready: {} owners, {} agents in {}", listings.ownerCount(),
					listings.agentCount(), Duration.ofNanos(System.nanoTime() - started));
			// The next batch is made while the previous one is imported: the
			// application's work and PostgreSQL's
			// overlap. One batch at a time is imported, so the listings' ids grow as they
			// are made.
			CompletableFuture<Void> importing = CompletableFuture.completedFuture(null);
			try (var importer = Executors.newSingleThreadExecutor()) {
				for (int loaded = 0; loaded < count; loaded += ListingImport.MAX_LISTINGS) {
					var size = Math.min(ListingImport.MAX_LISTINGS, count - loaded);
					var batch = new ArrayList<NewListing>(size);
					var now = clock.instant();
					for (int i = 0; i < size; i++) {
						batch.add(listings.next(random, now));
					}
					joined(importing);
					var done = loaded + size;
					importing = CompletableFuture.runAsync(() -> {
						session.importListings(batch);
						log.info("Loaded {} of {} demo listings", done, count);
					}, importer);
				}
				joined(importing);
			}
		}
		log.info("Loaded {} demo listings in {}", count, Duration.ofNanos(System.nanoTime() - started));
	}

	private List<ImportedAccount> accounts(int count) {
		var wanted = DemoAccounts.first(count, clock.instant());
		var accounts = new ArrayList<ImportedAccount>(count);
		for (int from = 0; from < wanted.size(); from += AccountImport.MAX_ACCOUNTS) {
			List<NewAccount> part = wanted.subList(from, Math.min(from + AccountImport.MAX_ACCOUNTS, wanted.size()));
			accounts.addAll(accountImport.importAccounts(part, DemoAccounts.PASSWORD));
		}
		return accounts;
	}

	private static <T> T joined(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

}

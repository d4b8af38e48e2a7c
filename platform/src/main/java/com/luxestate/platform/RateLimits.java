package com.luxestate.platform;

/**
 * Budgets of requests that hold across every instance: flows that cost us or someone else
 * (mails, password guesses) take a permit per client address and per target before they
 * do anything, and answer 429 with {@code Retry-After} once a budget is spent. The
 * buckets live in PostgreSQL (the root table {@code rate_limit_bucket}); keys are stored
 * only as hashes, so no email or address is kept.
 */
public interface RateLimits {

	/**
	 * The limit called {@code name} (prefixed by the module,
	 * {@code identity.reset-mails-per-email}), allowing {@code rate} per key. A bucket
	 * keeps the rate it was created with until it is full again and dropped.
	 */
	RateLimit limit(String name, Rate rate);

}

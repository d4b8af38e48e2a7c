package com.luxestate.platform;

import java.time.Duration;

/**
 * One named budget of requests, kept per key (a client address, an email address...) and
 * shared by every instance. Made by {@link RateLimits#limit}.
 */
public interface RateLimit {

	/**
	 * What every caller over a limit is told, whatever the limit and whether the account
	 * concerned exists.
	 */
	String TOO_MANY_REQUESTS = "Too many requests. Try again later.";

	/** Takes one permit from {@code key}'s budget if there is one left. */
	Verdict tryConsume(String key);

	/**
	 * Takes one permit from {@code key}'s budget, or answers 429 with
	 * {@code Retry-After}.
	 */
	default void consume(String key) {
		var verdict = tryConsume(key);
		if (!verdict.allowed()) {
			throw ProblemException.tooManyRequests(TOO_MANY_REQUESTS, verdict.retryAfter());
		}
	}

	/**
	 * Gives a permit back, for requests that turned out not to count (a successful
	 * login).
	 */
	void refund(String key);

	/**
	 * @param allowed whether a permit was taken
	 * @param retryAfter when not, how long until one is back; zero when allowed
	 */
	record Verdict(boolean allowed, Duration retryAfter) {

		public static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

		public static Verdict refused(Duration retryAfter) {
			return new Verdict(false, retryAfter);
		}
	}

}

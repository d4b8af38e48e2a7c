package com.luxestate.identity.internal;

import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.luxestate.platform.ProblemException;
import com.luxestate.platform.RateLimit;
import com.luxestate.platform.RateLimits;

/**
 * Failed logins are counted per client address, and per client address at one account, in
 * PostgreSQL so that every instance sees the same counts. When either budget is spent,
 * logins from that address (to that account) answer 429 with {@code Retry-After} until it
 * refills, whatever the password: guessing stops paying.
 * <p>
 * There is deliberately no budget per account alone: whoever knows an email address could
 * spend it and lock the owner out. The owner, from an address of their own, has untouched
 * budgets and gets in with the right password. A guesser with many addresses is slowed by
 * each address's budgets and stopped by the password policy.
 */
@Component
class LoginThrottle {

	private final RateLimit perClient;

	private final RateLimit perClientAndAccount;

	LoginThrottle(RateLimits rateLimits, IdentitySettings settings) {
		var limits = settings.limits();
		this.perClient = rateLimits.limit("identity.login-failures-per-client", limits.loginFailuresPerClient());
		this.perClientAndAccount = rateLimits.limit("identity.login-failures-per-client-and-account",
				limits.loginFailuresPerClientAndAccount());
	}

	/**
	 * Takes one attempt from the client's budget and from the client's budget at this
	 * account before the password is even checked, so that concurrent guesses cannot all
	 * pass a check and be counted later; answers 429 when either is spent. A successful
	 * login gives its attempt back: only failures count.
	 */
	Attempt begin(String normalizedEmail, String clientAddress) {
		var client = ClientKey.of(clientAddress);
		var clientAtAccount = client + " account:" + normalizedEmail.toLowerCase(Locale.ROOT);
		var atAccount = perClientAndAccount.tryConsume(clientAtAccount);
		if (!atAccount.allowed()) {
			throw tooMany(atAccount.retryAfter());
		}
		var fromClient = perClient.tryConsume(client);
		if (!fromClient.allowed()) {
			perClientAndAccount.refund(clientAtAccount);
			throw tooMany(fromClient.retryAfter());
		}
		return () -> {
			perClientAndAccount.refund(clientAtAccount);
			perClient.refund(client);
		};
	}

	/** An attempt in progress; {@link #succeeded()} returns it to both budgets. */
	@FunctionalInterface
	interface Attempt {

		void succeeded();

	}

	private static ProblemException tooMany(Duration retryAfter) {
		return ProblemException.tooManyRequests("Too many failed attempts. Try again later.", retryAfter);
	}

}

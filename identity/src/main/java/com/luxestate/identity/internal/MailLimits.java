package com.luxestate.identity.internal;

import org.springframework.stereotype.Component;

import com.luxestate.platform.RateLimit;
import com.luxestate.platform.RateLimits;

/**
 * How often a client may make identity send mail to someone: registering (a verification
 * mail), asking for the verification mail again, asking for a password reset. Each takes
 * a permit from the client address's budget and from the target email address's budget
 * before anything is looked up, so the answer, 429 with {@code Retry-After} when a budget
 * is spent, is the same whether an account has the address or not. The first protects us
 * (mail costs, sender reputation), the second the person whose address it is (a flooded
 * inbox).
 * <p>
 * Someone who spends a target's budget delays that person's next mail, no more: the last
 * mail that went out holds a working link.
 */
@Component
class MailLimits {

	private final RateLimit registrationsPerClient;

	private final RateLimit registrationsPerEmail;

	private final RateLimit verificationMailsPerClient;

	private final RateLimit verificationMailsPerAccount;

	private final RateLimit resetMailsPerClient;

	private final RateLimit resetMailsPerEmail;

	MailLimits(RateLimits rateLimits, IdentitySettings settings) {
		var limits = settings.limits();
		this.registrationsPerClient = rateLimits.limit("identity.registrations-per-client",
				limits.registrationsPerClient());
		this.registrationsPerEmail = rateLimits.limit("identity.registrations-per-email",
				limits.registrationsPerEmail());
		this.verificationMailsPerClient = rateLimits.limit("identity.verification-mails-per-client",
				limits.verificationMailsPerClient());
		this.verificationMailsPerAccount = rateLimits.limit("identity.verification-mails-per-account",
				limits.verificationMailsPerAccount());
		this.resetMailsPerClient = rateLimits.limit("identity.reset-mails-per-client", limits.resetMailsPerClient());
		this.resetMailsPerEmail = rateLimits.limit("identity.reset-mails-per-email", limits.resetMailsPerEmail());
	}

	void registration(String email, String clientAddress) {
		registrationsPerClient.consume(ClientKey.of(clientAddress));
		registrationsPerEmail.consume(target(email));
	}

	void verificationMail(String accountEmail, String clientAddress) {
		verificationMailsPerClient.consume(ClientKey.of(clientAddress));
		verificationMailsPerAccount.consume(target(accountEmail));
	}

	void resetMail(String email, String clientAddress) {
		resetMailsPerClient.consume(ClientKey.of(clientAddress));
		resetMailsPerEmail.consume(target(email));
	}

	/** The address as accounts know it, so that case and spaces open no new budget. */
	private static String target(String email) {
		return UserAccount.normalize(email == null ? "" : email);
	}

}

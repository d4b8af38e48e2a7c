package com.luxestate.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

import com.luxestate.platform.Rate;

/**
 * Identity's settings, each with an environment variable in the README's configuration
 * table.
 *
 * @param jwt how access tokens are signed and what they say
 * @param accessTokenTtl how long an access token is valid
 * @param refreshTokenTtl how long a refresh token (and so a session of inactivity) lasts
 * @param emailVerificationTtl how long an email verification link works
 * @param passwordResetTtl how long a password reset link works
 * @param accessCheckCacheTtl how long an instance trusts what it knows of an account's
 * status; a suspended, deleted or logged-out-everywhere user loses access within this
 * time (and at once on the instance that acted)
 * @param frontendUrl where the links in mails point to (the web app's verify-email and
 * reset-password pages)
 * @param bootstrapAdmin the first admin, created at start-up when missing
 * @param limits how many logins may fail, and how many mails may be asked for, before 429
 */
@ConfigurationProperties("luxestate.identity")
record IdentitySettings(Jwt jwt, @DefaultValue("15m") Duration accessTokenTtl,
		@DefaultValue("30d") Duration refreshTokenTtl, @DefaultValue("48h") Duration emailVerificationTtl,
		@DefaultValue("1h") Duration passwordResetTtl, @DefaultValue("30s") Duration accessCheckCacheTtl,
		@DefaultValue("http://localhost:3000") String frontendUrl, BootstrapAdmin bootstrapAdmin, Limits limits) {

	public IdentitySettings {
		jwt = jwt != null ? jwt : new Jwt(null, null, null, null);
		bootstrapAdmin = bootstrapAdmin != null ? bootstrapAdmin : new BootstrapAdmin(null, null);
		limits = limits != null ? limits : new Limits(null, null, null, null, null, null, null, null);
	}

	/**
	 * @param issuer the {@code iss} of issued tokens, required of presented ones
	 * @param audience the {@code aud} of issued tokens, required of presented ones
	 * @param privateKeyLocation a PEM (PKCS#8) RSA private key to sign with; without one
	 * a key is generated once and kept in the database, so restarts and other instances
	 * use the same key
	 * @param keyRotationInterval how often a new signing key replaces the current one
	 */
	public record Jwt(String issuer, String audience, Resource privateKeyLocation, Duration keyRotationInterval) {

		public Jwt {
			issuer = issuer != null && !issuer.isBlank() ? issuer : "https://api.luxestate.dev";
			audience = audience != null && !audience.isBlank() ? audience : "luxestate-api";
			keyRotationInterval = keyRotationInterval != null ? keyRotationInterval : Duration.ofDays(30);
		}
	}

	/** Both set, or the bootstrap does nothing. */
	public record BootstrapAdmin(String email, String password) {

		boolean isConfigured() {
			return email != null && !email.isBlank() && password != null && !password.isBlank();
		}
	}

	/**
	 * Budgets per client address (IPv6: per /64) and per target, shared by every
	 * instance; each is {@code requests/period} ({@code 10/1h}) and refills steadily.
	 *
	 * @param loginFailuresPerClient failed logins (and current-password guesses) per
	 * client address, whatever the accounts
	 * @param loginFailuresPerClientAndAccount failed logins per client address at one
	 * account; there is no budget per account alone, so that nobody can lock an owner out
	 * by failing on purpose
	 * @param registrationsPerClient registrations per client address
	 * @param registrationsPerEmail registrations per email address
	 * @param verificationMailsPerClient verification mails asked for again, per client
	 * address
	 * @param verificationMailsPerAccount verification mails asked for again, per account
	 * @param resetMailsPerClient password reset mails per client address
	 * @param resetMailsPerEmail password reset mails per email address, whether an
	 * account has it or not
	 */
	public record Limits(Rate loginFailuresPerClient, Rate loginFailuresPerClientAndAccount,
			Rate registrationsPerClient, Rate registrationsPerEmail, Rate verificationMailsPerClient,
			Rate verificationMailsPerAccount, Rate resetMailsPerClient, Rate resetMailsPerEmail) {

		public Limits {
			loginFailuresPerClient = orElse(loginFailuresPerClient, "100/15m");
			loginFailuresPerClientAndAccount = orElse(loginFailuresPerClientAndAccount, "10/15m");
			registrationsPerClient = orElse(registrationsPerClient, "10/1h");
			registrationsPerEmail = orElse(registrationsPerEmail, "5/1h");
			verificationMailsPerClient = orElse(verificationMailsPerClient, "10/1h");
			verificationMailsPerAccount = orElse(verificationMailsPerAccount, "3/1h");
			resetMailsPerClient = orElse(resetMailsPerClient, "10/1h");
			resetMailsPerEmail = orElse(resetMailsPerEmail, "3/1h");
		}

		private static Rate orElse(Rate rate, String fallback) {
			return rate != null ? rate : Rate.valueOf(fallback);
		}
	}
}

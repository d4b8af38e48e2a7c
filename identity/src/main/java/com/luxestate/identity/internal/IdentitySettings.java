package com.luxestate.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Identity's settings, each with an environment variable in the README's configuration table.
 *
 * @param jwt how access tokens are signed and what they say
 * @param accessTokenTtl how long an access token is valid
 * @param refreshTokenTtl how long a refresh token (and so a session of inactivity) lasts
 * @param emailVerificationTtl how long an email verification link works
 * @param passwordResetTtl how long a password reset link works
 * @param accessCheckCacheTtl how long an instance trusts what it knows of an account's status; a suspended,
 * deleted or logged-out-everywhere user loses access within this time (and at once on the instance that acted)
 * @param frontendUrl where the links in mails point to (the web app's verify-email and reset-password pages)
 * @param mailFrom unused since mail moved to the platform ({@code luxestate.mail.from}, ADR 0012); to be removed
 * @param bootstrapAdmin the first admin, created at start-up when missing
 * @param loginThrottle how many failed logins are tolerated before 429
 * @param mailWithoutSmtp unused since mail moved to the platform ({@code luxestate.mail.without-smtp}); to be removed
 */
@ConfigurationProperties("luxestate.identity")
public record IdentitySettings(Jwt jwt, @DefaultValue("15m") Duration accessTokenTtl,
		@DefaultValue("30d") Duration refreshTokenTtl, @DefaultValue("48h") Duration emailVerificationTtl,
		@DefaultValue("1h") Duration passwordResetTtl, @DefaultValue("30s") Duration accessCheckCacheTtl,
		@DefaultValue("http://localhost:3000") String frontendUrl,
		@DefaultValue("LuxeState <no-reply@luxestate.dev>") String mailFrom, BootstrapAdmin bootstrapAdmin,
		LoginThrottle loginThrottle, @DefaultValue("outbox") MailWithoutSmtp mailWithoutSmtp) {

	/** Without SMTP: keep mails in the log and {@code identity.mail_outbox} (development), or discard them. */
	public enum MailWithoutSmtp {
		OUTBOX, DISCARD
	}

	public IdentitySettings {
		jwt = jwt != null ? jwt : new Jwt(null, null, null, null);
		bootstrapAdmin = bootstrapAdmin != null ? bootstrapAdmin : new BootstrapAdmin(null, null);
		loginThrottle = loginThrottle != null ? loginThrottle : new LoginThrottle(null, null, null);
	}

	/**
	 * @param issuer the {@code iss} of issued tokens, required of presented ones
	 * @param audience the {@code aud} of issued tokens, required of presented ones
	 * @param privateKeyLocation a PEM (PKCS#8) RSA private key to sign with; without one a key is generated once
	 * and kept in the database, so restarts and other instances use the same key
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
	 * @param failuresPerAccount failed logins tolerated per account in each window
	 * @param failuresPerClient failed logins tolerated per client address in each window
	 * @param window the window the counts apply to
	 */
	public record LoginThrottle(Integer failuresPerAccount, Integer failuresPerClient, Duration window) {

		public LoginThrottle {
			failuresPerAccount = failuresPerAccount != null ? failuresPerAccount : 10;
			failuresPerClient = failuresPerClient != null ? failuresPerClient : 100;
			window = window != null ? window : Duration.ofMinutes(15);
		}
	}
}

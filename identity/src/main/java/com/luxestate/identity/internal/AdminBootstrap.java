package com.luxestate.identity.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.luxestate.identity.Role;
import com.luxestate.platform.UuidV7;

/**
 * Provisions the first admin from {@code LUXESTATE_BOOTSTRAP_ADMIN_EMAIL} and
 * {@code LUXESTATE_BOOTSTRAP_ADMIN_PASSWORD} when no account has that email yet.
 * Idempotent, also when several instances start at once; an existing account is never
 * changed, so the variables can stay set.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserAccounts accounts;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final IdentitySettings settings;

	private final Clock clock;

	AdminBootstrap(UserAccounts accounts, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
			IdentitySettings settings, Clock clock) {
		this.accounts = accounts;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		var admin = settings.bootstrapAdmin();
		if (!admin.isConfigured() || accounts.findByEmailNormalized(UserAccount.normalize(admin.email())).isPresent()) {
			return;
		}
		try {
			passwordPolicy.check("LUXESTATE_BOOTSTRAP_ADMIN_PASSWORD", admin.password());
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("LUXESTATE_BOOTSTRAP_ADMIN_PASSWORD is too weak: at least "
					+ PasswordPolicy.MIN_LENGTH + " characters and not a common password", ex);
		}
		var now = clock.instant();
		var account = UserAccount.register(UuidV7.next(clock), admin.email(), passwordEncoder.encode(admin.password()),
				"Admin", "", null, Role.ADMIN, now);
		account.verifyEmail(now);
		try {
			accounts.save(account);
			log.info("Provisioned the bootstrap admin account");
		}
		catch (DbActionExecutionException | DataIntegrityViolationException ex) {
			log.info("The bootstrap admin account was provisioned by another instance");
		}
	}

}

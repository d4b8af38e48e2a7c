package com.luxestate.identity.internal;

import static com.luxestate.platform.testing.ProblemAssertions.assertProblem;
import static com.luxestate.identity.internal.TestAccounts.PASSWORD;
import static com.luxestate.identity.internal.TestAccounts.clientAddress;
import static com.luxestate.identity.internal.TestAccounts.registration;
import static com.luxestate.identity.internal.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import com.luxestate.platform.ProblemType;

/**
 * Passwords are stored as Argon2id hashes tagged with their algorithm, so accounts
 * imported with bcrypt hashes still log in and are moved to Argon2id by their next login.
 */
@ApplicationModuleTest
class PasswordHashingTests {

	private final AccountService accounts;

	private final SessionService sessions;

	private final JdbcTemplate jdbc;

	PasswordHashingTests(AccountService accounts, SessionService sessions, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	@Test
	void aNewPasswordIsStoredAsAnArgon2idHash() {
		var account = accounts.register(registration(uniqueEmail("argon")));

		assertThat(storedHashOf(account.id())).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
	}

	@Test
	void anImportedBcryptHashStillLogsInAndIsUpgradedToArgon2id() {
		var email = uniqueEmail("imported");
		var account = accounts.register(registration(email));
		var bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
		jdbc.update("UPDATE identity.user_account SET password_hash = ? WHERE id = ?", bcrypt, account.id());

		var session = sessions.login(email, PASSWORD, clientAddress());

		assertThat(session.accessToken()).isNotBlank();
		assertThat(storedHashOf(account.id())).startsWith("{argon2}$argon2id$");
		assertThat(sessions.login(email, PASSWORD, clientAddress()).accessToken())
			.as("the upgraded hash verifies the same password")
			.isNotBlank();
	}

	@Test
	void aFailedLoginLeavesABcryptHashAsItIs() {
		var email = uniqueEmail("imported");
		var account = accounts.register(registration(email));
		var bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
		jdbc.update("UPDATE identity.user_account SET password_hash = ? WHERE id = ?", bcrypt, account.id());

		assertProblem(ProblemType.UNAUTHORIZED,
				() -> sessions.login(email, "Not-the-right-password-1", clientAddress()));

		assertThat(storedHashOf(account.id())).isEqualTo(bcrypt);
	}

	private String storedHashOf(UUID userId) {
		return jdbc.queryForObject("SELECT password_hash FROM identity.user_account WHERE id = ?", String.class,
				userId);
	}

}

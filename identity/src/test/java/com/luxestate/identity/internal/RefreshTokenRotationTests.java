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

import com.luxestate.platform.ProblemType;

/**
 * Refresh tokens rotate on every use. Presenting one that was already rotated means it
 * was stolen or replayed: the whole session (the token family) ends, and nothing else of
 * the user's.
 */
@ApplicationModuleTest
class RefreshTokenRotationTests {

	private final AccountService accounts;

	private final SessionService sessions;

	private final JdbcTemplate jdbc;

	RefreshTokenRotationTests(AccountService accounts, SessionService sessions, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	@Test
	void refreshingGivesANewRefreshTokenAndANewAccessToken() {
		var email = registeredEmail();
		var session = sessions.login(email, PASSWORD, clientAddress());

		var refreshed = sessions.refresh(session.refreshToken());

		assertThat(refreshed.refreshToken()).isNotBlank().isNotEqualTo(session.refreshToken());
		assertThat(refreshed.accessToken()).isNotBlank().isNotEqualTo(session.accessToken());
		assertThat(refreshed.expiresIn()).isEqualTo(15 * 60);
		assertThat(sessions.refresh(refreshed.refreshToken()).refreshToken()).as("the new token rotates in turn")
			.isNotBlank();
	}

	@Test
	void reusingARotatedTokenEndsTheWholeSession() {
		var email = registeredEmail();
		var stolen = sessions.login(email, PASSWORD, clientAddress());
		var legitimate = sessions.refresh(stolen.refreshToken());

		var reuse = assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.refresh(stolen.refreshToken()));

		assertThat(reuse.detail()).contains("already used");
		assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.refresh(legitimate.refreshToken()));
	}

	@Test
	void reuseInOneSessionLeavesTheUsersOtherSessionsAlone() {
		var email = registeredEmail();
		var phone = sessions.login(email, PASSWORD, clientAddress());
		var laptop = sessions.login(email, PASSWORD, clientAddress());
		sessions.refresh(phone.refreshToken());

		assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.refresh(phone.refreshToken()));

		assertThat(sessions.refresh(laptop.refreshToken()).refreshToken()).isNotBlank();
	}

	@Test
	void loggingOutEndsOnlyThatSession() {
		var email = registeredEmail();
		var phone = sessions.login(email, PASSWORD, clientAddress());
		var laptop = sessions.login(email, PASSWORD, clientAddress());

		sessions.logout(phone.refreshToken());

		assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.refresh(phone.refreshToken()));
		assertThat(sessions.refresh(laptop.refreshToken()).refreshToken()).isNotBlank();
	}

	@Test
	void loggingOutEverywhereEndsEverySession() {
		var email = registeredEmail();
		var bystander = sessions.login(registeredEmail(), PASSWORD, clientAddress()); // someone
																						// else,
																						// untouched
		var phone = sessions.login(email, PASSWORD, clientAddress());
		var laptop = sessions.login(email, PASSWORD, clientAddress());
		var phoneRefreshed = sessions.refresh(phone.refreshToken());

		sessions.logoutEverywhere(userIdOf(email));

		assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.refresh(phoneRefreshed.refreshToken()));
		assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.refresh(laptop.refreshToken()));
		assertThat(sessions.refresh(bystander.refreshToken()).refreshToken()).isNotBlank();
		assertThat(sessions.login(email, PASSWORD, clientAddress()).refreshToken()).as("logging in again works")
			.isNotBlank();
	}

	@Test
	void anUnknownOrMalformedTokenIsRefused() {
		assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.refresh("not-a-token-anyone-was-given"));
		assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.refresh(""));
		assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.refresh(null));
		assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.refresh("x".repeat(10_000)));
	}

	@Test
	void onlyTheHashOfARefreshTokenIsStored() {
		var email = registeredEmail();
		var session = sessions.login(email, PASSWORD, clientAddress());

		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM identity.refresh_token WHERE token_hash = sha256(convert_to(?, 'UTF8'))",
				Integer.class, session.refreshToken()))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM identity.refresh_token WHERE position(convert_to(?, 'UTF8') in token_hash) > 0",
				Integer.class, session.refreshToken()))
			.isZero();
	}

	private String registeredEmail() {
		var email = uniqueEmail("session");
		accounts.register(registration(email));
		return email;
	}

	private UUID userIdOf(String email) {
		return jdbc.queryForObject("SELECT id FROM identity.user_account WHERE email_normalized = lower(?)", UUID.class,
				email);
	}

}

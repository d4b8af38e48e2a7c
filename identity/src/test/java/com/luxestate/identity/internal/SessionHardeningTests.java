package com.luxestate.identity.internal;

import static com.luxestate.platform.testing.ProblemAssertions.assertProblem;
import static com.luxestate.identity.internal.TestAccounts.PASSWORD;
import static com.luxestate.identity.internal.TestAccounts.clientAddress;
import static com.luxestate.identity.internal.TestAccounts.registration;
import static com.luxestate.identity.internal.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.luxestate.platform.ProblemException;
import com.luxestate.platform.ProblemType;

/**
 * Races a reviewer found: sessions must not survive "end all sessions", and bursts must
 * not outrun the throttle.
 */
@ApplicationModuleTest
class SessionHardeningTests {

	private final AccountService accounts;

	private final SessionService sessions;

	private final JdbcTemplate jdbc;

	SessionHardeningTests(AccountService accounts, SessionService sessions, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	@Test
	void aRefreshTokenThatEscapedTheRevocationOfAllSessionsStillStopsWorking() {
		var user = accounts.register(registration(uniqueEmail("escapee")));
		var tokens = sessions.login(user.email(), PASSWORD, clientAddress());
		// What a refresh racing "log out everywhere" leaves behind: a live token of a
		// family from before the change.
		jdbc.update("UPDATE identity.user_account SET session_generation = session_generation + 1 WHERE id = ?",
				user.id());

		assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.refresh(tokens.refreshToken()));
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM identity.refresh_token WHERE user_id = ? AND revoked_at IS NULL", Integer.class,
				user.id()))
			.as("the family is revoked")
			.isZero();
	}

	@Test
	void aBurstOfParallelGuessesGetsNoMoreTriesThanTheBudget() throws Exception {
		var user = accounts.register(registration(uniqueEmail("burst")));
		var client = clientAddress();
		var start = new CountDownLatch(1);
		var guesses = new ArrayList<Callable<Integer>>();
		for (var i = 0; i < 25; i++) {
			var guess = "wrong guess number " + i;
			guesses.add(() -> {
				start.await();
				try {
					sessions.login(user.email(), guess, client);
					return 200;
				}
				catch (ProblemException problem) {
					return problem.status();
				}
			});
		}
		try (var pool = Executors.newFixedThreadPool(25)) {
			var futures = guesses.stream().map(pool::submit).toList();
			start.countDown();
			var statuses = new ArrayList<Integer>();
			for (var future : futures) {
				statuses.add(future.get());
			}
			assertThat(statuses).containsOnly(401, 429);
			assertThat(statuses).filteredOn(status -> status == 401).as("password checks").hasSize(10);
		}
	}

}

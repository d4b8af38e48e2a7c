package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.LoginThrottleTests.retryAfterSeconds;
import static com.luxestate.platform.testing.ProblemAssertions.assertProblem;
import static com.luxestate.identity.internal.TestAccounts.PASSWORD;
import static com.luxestate.identity.internal.TestAccounts.clientAddress;
import static com.luxestate.identity.internal.TestAccounts.registration;
import static com.luxestate.identity.internal.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import com.luxestate.platform.ProblemType;

/**
 * A client address has its own budget of failed logins across all accounts (here 3), so
 * one address cannot spray guesses over many accounts; other addresses, the owner's among
 * them, are unaffected.
 */
@ApplicationModuleTest
@TestPropertySource(properties = "luxestate.identity.limits.login-failures-per-client=3/15m")
@DirtiesContext
class LoginThrottlePerClientTests {

	private final AccountService accounts;

	private final SessionService sessions;

	LoginThrottlePerClientTests(AccountService accounts, SessionService sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@Test
	void aClientThatFailedThreeTimesWaitsWhateverAccountItTriesNext() {
		var target = uniqueEmail("target");
		accounts.register(registration(target));
		var sprayer = clientAddress();
		for (int account = 1; account <= 3; account++) {
			var email = uniqueEmail("sprayed-" + account);
			assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.login(email, "Summer-2026-password", sprayer));
		}

		var throttled = assertProblem(ProblemType.TOO_MANY_REQUESTS, () -> sessions.login(target, PASSWORD, sprayer));

		assertThat(retryAfterSeconds(throttled)).isGreaterThanOrEqualTo(1);
		assertThat(sessions.login(target, PASSWORD, clientAddress()).accessToken())
			.as("the same account from another address")
			.isNotBlank();
	}

	@Test
	void twoFailuresLeaveTheClientFree() {
		var target = uniqueEmail("target");
		accounts.register(registration(target));
		var client = clientAddress();
		for (int account = 1; account <= 2; account++) {
			var email = uniqueEmail("mistyped-" + account);
			assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.login(email, PASSWORD, client));
		}

		assertThat(sessions.login(target, PASSWORD, client).accessToken()).isNotBlank();
	}

}

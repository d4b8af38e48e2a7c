package com.luxestate.identity.internal;

import static com.luxestate.platform.testing.ProblemAssertions.assertProblem;
import static com.luxestate.identity.internal.TestAccounts.PASSWORD;
import static com.luxestate.identity.internal.TestAccounts.clientAddress;
import static com.luxestate.identity.internal.TestAccounts.registration;
import static com.luxestate.identity.internal.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;

import com.luxestate.platform.ProblemException;
import com.luxestate.platform.ProblemType;

/**
 * At most 10 failed logins from one client address at one account in 15 minutes; then
 * every attempt from that address at that account, even with the right password, waits
 * (429 with {@code Retry-After}). Nobody who knows only an email can lock its owner out:
 * from another address the owner gets in. Other accounts are unaffected.
 */
@ApplicationModuleTest
class LoginThrottleTests {

	private static final int FAILURES_PER_CLIENT_AND_ACCOUNT = 10;

	private final AccountService accounts;

	private final SessionService sessions;

	LoginThrottleTests(AccountService accounts, SessionService sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@Test
	void afterTenFailuresTheAttackersAddressWaitsEvenWithTheRightPasswordButTheOwnerGetsIn() {
		var email = registeredEmail();
		var attacker = clientAddress();
		for (int attempt = 1; attempt <= FAILURES_PER_CLIENT_AND_ACCOUNT; attempt++) {
			var guess = "Wrong-guess-number-" + attempt;
			assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.login(email, guess, attacker));
		}

		var throttled = assertProblem(ProblemType.TOO_MANY_REQUESTS, () -> sessions.login(email, PASSWORD, attacker));

		assertThat(retryAfterSeconds(throttled)).isBetween(1L, 15 * 60L);
		assertThat(sessions.login(email, PASSWORD, clientAddress()).accessToken()).as("the owner, from a clean address")
			.isNotBlank();
		assertProblem(ProblemType.TOO_MANY_REQUESTS, () -> sessions.login(email, PASSWORD, attacker));
	}

	@Test
	void failuresFromManyAddressesDoNotLockTheOwnerOut() {
		var email = registeredEmail();
		var owner = clientAddress();
		for (int attempt = 1; attempt <= 3 * FAILURES_PER_CLIENT_AND_ACCOUNT; attempt++) {
			var guess = "Wrong-guess-number-" + attempt;
			assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.login(email, guess, clientAddress()));
		}

		assertThat(sessions.login(email, PASSWORD, owner).accessToken()).isNotBlank();
	}

	@Test
	void tenFailuresAreToleratedBeforeThrottling() {
		var email = registeredEmail();
		var client = clientAddress();
		for (int attempt = 1; attempt < FAILURES_PER_CLIENT_AND_ACCOUNT; attempt++) {
			var guess = "Wrong-guess-number-" + attempt;
			assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.login(email, guess, client));
		}

		assertThat(sessions.login(email, PASSWORD, client).accessToken()).as("after nine failures").isNotBlank();
	}

	@Test
	void theEmailsCaseDoesNotOpenANewBudget() {
		var email = registeredEmail();
		var client = clientAddress();
		for (int attempt = 1; attempt <= FAILURES_PER_CLIENT_AND_ACCOUNT; attempt++) {
			var typed = attempt % 2 == 0 ? email.toUpperCase(Locale.ROOT) : " " + email;
			assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.login(typed, "Wrong-guess-again", client));
		}

		assertProblem(ProblemType.TOO_MANY_REQUESTS, () -> sessions.login(email, PASSWORD, client));
	}

	@Test
	void anotherAccountIsUnaffected() {
		var attacked = registeredEmail();
		var neighbour = registeredEmail();
		var client = clientAddress();
		for (int attempt = 1; attempt <= FAILURES_PER_CLIENT_AND_ACCOUNT; attempt++) {
			assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.login(attacked, "Wrong-guess-again", client));
		}
		assertProblem(ProblemType.TOO_MANY_REQUESTS, () -> sessions.login(attacked, PASSWORD, client));

		assertThat(sessions.login(neighbour, PASSWORD, client).accessToken()).isNotBlank();
	}

	@Test
	void guessesAtAnUnknownEmailAreThrottledLikeAnyOther() {
		var unknown = uniqueEmail("nobody");
		var client = clientAddress();
		for (int attempt = 1; attempt <= FAILURES_PER_CLIENT_AND_ACCOUNT; attempt++) {
			assertProblem(ProblemType.UNAUTHORIZED, () -> sessions.login(unknown, PASSWORD, client));
		}

		assertProblem(ProblemType.TOO_MANY_REQUESTS, () -> sessions.login(unknown, PASSWORD, client));
	}

	@Test
	void anUnknownEmailAndAWrongPasswordGetTheSameAnswer() {
		var email = registeredEmail();

		var wrongPassword = assertProblem(ProblemType.UNAUTHORIZED,
				() -> sessions.login(email, "Wrong-guess-again", clientAddress()));
		var unknownEmail = assertProblem(ProblemType.UNAUTHORIZED,
				() -> sessions.login(uniqueEmail("nobody"), PASSWORD, clientAddress()));

		assertThat(unknownEmail.detail()).isEqualTo(wrongPassword.detail());
		assertThat(unknownEmail.retryAfterSeconds()).isEqualTo(wrongPassword.retryAfterSeconds());
	}

	@Test
	void successfulLoginsDoNotCount() {
		var email = registeredEmail();
		var client = clientAddress();

		for (int login = 1; login <= FAILURES_PER_CLIENT_AND_ACCOUNT + 2; login++) {
			assertThat(sessions.login(email, PASSWORD, client).accessToken()).isNotBlank();
		}
	}

	private String registeredEmail() {
		var email = uniqueEmail("guarded");
		accounts.register(registration(email));
		return email;
	}

	static long retryAfterSeconds(ProblemException problem) {
		var retryAfter = problem.retryAfterSeconds();
		assertThat(retryAfter).as("Retry-After").isNotNull();
		return retryAfter;
	}

}

package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.LoginThrottleTests.retryAfterSeconds;
import static com.luxestate.platform.testing.ProblemAssertions.assertProblem;
import static com.luxestate.identity.internal.TestAccounts.clientAddress;
import static com.luxestate.identity.internal.TestAccounts.registration;
import static com.luxestate.identity.internal.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import com.luxestate.platform.ProblemType;

/**
 * Registering, asking for the verification mail again and asking for a password reset are
 * limited per client address and per target address (here 3 and 2 an hour): then 429 with
 * {@code Retry-After}, the same whether an account has the address or not.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "luxestate.identity.limits.registrations-per-client=3/1h",
		"luxestate.identity.limits.registrations-per-email=2/1h",
		"luxestate.identity.limits.verification-mails-per-client=3/1h",
		"luxestate.identity.limits.verification-mails-per-account=2/1h",
		"luxestate.identity.limits.reset-mails-per-client=3/1h",
		"luxestate.identity.limits.reset-mails-per-email=2/1h" })
@DirtiesContext
class MailLimitsTests {

	private final AccountService accounts;

	MailLimitsTests(AccountService accounts) {
		this.accounts = accounts;
	}

	@Test
	void oneAddressRegistersThreeAccountsAnHourThenWaits() {
		var client = clientAddress();
		for (var account = 1; account <= 3; account++) {
			accounts.register(registration(uniqueEmail("bulk-" + account)), client);
		}

		var refused = assertProblem(ProblemType.TOO_MANY_REQUESTS,
				() -> accounts.register(registration(uniqueEmail("bulk-4")), client));

		assertThat(retryAfterSeconds(refused)).isBetween(1L, 20 * 60L);
		assertThat(accounts.register(registration(uniqueEmail("neighbour")), clientAddress()).id())
			.as("another address")
			.isNotNull();
	}

	@Test
	void oneEmailIsTriedTwiceAnHourWhateverTheAddresses() {
		var email = uniqueEmail("contested");
		accounts.register(registration(email), clientAddress());
		assertProblem(ProblemType.CONFLICT, () -> accounts.register(registration(email), clientAddress()));

		assertProblem(ProblemType.TOO_MANY_REQUESTS,
				() -> accounts.register(registration(email.toUpperCase(Locale.ROOT)), clientAddress()));
	}

	@Test
	void resetMailsForAnAccountAndForNobodyAreLimitedAlike() {
		var known = uniqueEmail("forgetful");
		accounts.register(registration(known));
		var unknown = uniqueEmail("nobody");
		for (var request = 1; request <= 2; request++) {
			accounts.forgotPassword(known, clientAddress());
			accounts.forgotPassword(unknown, clientAddress());
		}

		var forKnown = assertProblem(ProblemType.TOO_MANY_REQUESTS,
				() -> accounts.forgotPassword(known, clientAddress()));
		var forUnknown = assertProblem(ProblemType.TOO_MANY_REQUESTS,
				() -> accounts.forgotPassword(unknown, clientAddress()));

		assertThat(forUnknown.type()).isEqualTo(forKnown.type());
		assertThat(forUnknown.detail()).isEqualTo(forKnown.detail());
		assertThat(forUnknown.errors()).isEqualTo(forKnown.errors());
		assertThat(retryAfterSeconds(forUnknown)).isCloseTo(retryAfterSeconds(forKnown),
				org.assertj.core.data.Offset.offset(2L));
	}

	@Test
	void oneAddressAsksForThreeResetMailsAnHourThenWaits() {
		var client = clientAddress();
		for (var request = 1; request <= 3; request++) {
			accounts.forgotPassword(uniqueEmail("sprayed-" + request), client);
		}

		assertProblem(ProblemType.TOO_MANY_REQUESTS, () -> accounts.forgotPassword(uniqueEmail("sprayed-4"), client));
	}

	@Test
	void theVerificationMailGoesOutAgainTwiceAnHour() {
		var account = accounts.register(registration(uniqueEmail("impatient")));
		accounts.resendVerification(account.id(), clientAddress());
		accounts.resendVerification(account.id(), clientAddress());

		var refused = assertProblem(ProblemType.TOO_MANY_REQUESTS,
				() -> accounts.resendVerification(account.id(), clientAddress()));

		assertThat(retryAfterSeconds(refused)).isBetween(1L, 30 * 60L);
	}

}

package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.TestAccounts.PASSWORD;
import static com.luxestate.identity.internal.TestAccounts.clientAddress;
import static com.luxestate.identity.internal.TestAccounts.registration;
import static com.luxestate.identity.internal.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A request validated while the suspension is being committed must not leave the old
 * state cached.
 */
@ApplicationModuleTest
class SuspensionCommitRaceTests {

	private final AccountService accounts;

	private final SessionService sessions;

	private final UserAdministration administration;

	private final JwtDecoder jwtDecoder;

	private final TransactionTemplate transactions;

	SuspensionCommitRaceTests(AccountService accounts, SessionService sessions, UserAdministration administration,
			JwtDecoder jwtDecoder, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.administration = administration;
		this.jwtDecoder = jwtDecoder;
		this.transactions = transactions;
	}

	@Test
	void aTokenValidatedWhileTheSuspensionCommitsIsRejectedOnceItHasCommitted() {
		var user = accounts.register(registration(uniqueEmail("racer")));
		var token = sessions.login(user.email(), PASSWORD, clientAddress()).accessToken();

		transactions.executeWithoutResult(status -> {
			administration.suspend(user.id(), "Spam", UUID.randomUUID());
			// The user's next request reaches this instance before the suspension has
			// committed.
			CompletableFuture.runAsync(() -> jwtDecoder.decode(token)).join();
		});

		assertThatThrownBy(() -> jwtDecoder.decode(token)).isInstanceOf(JwtValidationException.class);
	}

}

package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.TestAccounts.PASSWORD;
import static com.luxestate.identity.internal.TestAccounts.clientAddress;
import static com.luxestate.identity.internal.TestAccounts.registration;
import static com.luxestate.identity.internal.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * More people logging in at the same moment than there are database connections must not
 * stall the logins.
 */
@ApplicationModuleTest
class ConcurrentLoginTests {

	private static final int PEOPLE = 20; // twice Hikari's default pool size

	private final AccountService accounts;

	private final SessionService sessions;

	ConcurrentLoginTests(AccountService accounts, SessionService sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@Test
	void twentySimultaneousLoginsAllSucceedPromptly() throws Exception {
		var emails = new ArrayList<String>();
		for (int i = 0; i < PEOPLE; i++) {
			var email = uniqueEmail("rush");
			accounts.register(registration(email));
			emails.add(email);
		}
		var startingGun = new CountDownLatch(1);
		var outcomes = new ArrayList<Future<Object>>();
		try (var people = Executors.newFixedThreadPool(PEOPLE)) {
			for (var email : emails) {
				outcomes.add(people.submit(() -> {
					startingGun.await();
					try {
						return sessions.login(email, PASSWORD, clientAddress());
					}
					catch (RuntimeException ex) {
						return ex;
					}
				}));
			}
			startingGun.countDown();
			var failures = new ArrayList<Object>();
			for (var outcome : outcomes) {
				var result = outcome.get(3, TimeUnit.MINUTES);
				if (!(result instanceof SessionService.TokenPair)) {
					failures.add(result);
				}
			}
			assertThat(failures).isEmpty();
		}
	}

}

package com.luxestate.identity.internal;

import static com.luxestate.platform.testing.ProblemAssertions.assertProblem;
import static com.luxestate.identity.internal.TestAccounts.registration;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.luxestate.platform.ProblemException;
import com.luxestate.platform.ProblemType;

/**
 * One account per email address, whatever its case or surrounding space, also when people
 * race for it.
 */
@ApplicationModuleTest
class EmailUniquenessTests {

	private static final int RACERS = 8;

	private final AccountService accounts;

	private final JdbcTemplate jdbc;

	EmailUniquenessTests(AccountService accounts, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Test
	void anEmailDifferingOnlyInCaseAndSurroundingSpaceIsAlreadyTaken() {
		var local = "Ann." + UUID.randomUUID().toString().substring(0, 8);
		accounts.register(registration(local + "@Example.com"));

		var problem = assertProblem(ProblemType.CONFLICT,
				() -> accounts.register(registration(local.toLowerCase(Locale.ROOT) + "@example.com ")));

		assertThat(problem.detail()).contains("already exists");
		assertThat(accountsWith(local + "@example.com")).isEqualTo(1);
	}

	@Test
	void ofConcurrentRegistrationsOfOneEmailExactlyOneSucceeds() throws Exception {
		var email = "Race." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		var startingGun = new CountDownLatch(1);
		var outcomes = new ArrayList<Future<Object>>();
		try (var racers = Executors.newFixedThreadPool(RACERS)) {
			for (int i = 0; i < RACERS; i++) {
				// Half of them type the address in another case: the database constraint
				// must still decide.
				var typed = i % 2 == 0 ? email : email.toUpperCase(Locale.ROOT);
				outcomes.add(racers.submit(() -> {
					startingGun.await();
					try {
						return accounts.register(registration(typed));
					}
					catch (ProblemException problem) {
						return problem;
					}
				}));
			}
			startingGun.countDown();

			var registered = new ArrayList<UserAccountView>();
			var refused = new ArrayList<ProblemException>();
			for (var outcome : outcomes) {
				switch (outcome.get(2, TimeUnit.MINUTES)) {
					case UserAccountView account -> registered.add(account);
					case ProblemException problem -> refused.add(problem);
					default -> throw new AssertionError("unexpected outcome");
				}
			}

			assertThat(registered).hasSize(1);
			assertThat(refused).hasSize(RACERS - 1).allSatisfy(problem -> assertThat(problem.status()).isEqualTo(409));
		}
		assertThat(accountsWith(email)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM outgoing_mail WHERE lower(recipient) = lower(?)",
				Integer.class, email))
			.as("only the registration that committed sent a verification mail")
			.isEqualTo(1);
	}

	private int accountsWith(String email) {
		return jdbc.queryForObject("SELECT count(*) FROM identity.user_account WHERE email_normalized = ?",
				Integer.class, email.trim().toLowerCase(Locale.ROOT));
	}

}

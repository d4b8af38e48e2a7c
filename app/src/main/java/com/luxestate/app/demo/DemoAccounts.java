package com.luxestate.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.luxestate.identity.NewAccount;
import com.luxestate.identity.Role;

/**
 * The owner and agent accounts of the demo data: numbered, with predictable emails
 * ({@code owner-000001@demo.luxestate.dev}, {@code agent-000001@demo.luxestate.dev}) and
 * the one password {@link #PASSWORD}. Demo account {@code number} of a role is the same
 * person on every run.
 */
final class DemoAccounts {

	/**
	 * The password of every demo account, as documented in the README ("Demo data and
	 * benchmark").
	 */
	static final String PASSWORD = "luxestate demo password";

	/** The domain of every demo account's email. */
	static final String EMAIL_DOMAIN = "demo.luxestate.dev";

	private DemoAccounts() {
	}

	/**
	 * The first {@code count} demo accounts, owners first: three in five are owners
	 * ({@code owner-000001} on), two in five agents ({@code agent-000001} on); of every
	 * ten agents eight are verified, one is waiting for verification and one has no agent
	 * profile.
	 */
	static List<NewAccount> first(int count, Instant now) {
		var agents = count * 2 / 5;
		var accounts = new ArrayList<NewAccount>(count);
		for (int number = 1; number <= count - agents; number++) {
			accounts.add(person(Role.OWNER, number, now));
		}
		for (int number = 1; number <= agents; number++) {
			accounts.add(person(Role.AGENT, number, now));
		}
		return accounts;
	}

	static String email(Role role, int number) {
		return "%s-%06d@%s".formatted(role.name().toLowerCase(Locale.ROOT), number, EMAIL_DOMAIN);
	}

	private static NewAccount person(Role role, int number, Instant now) {
		var random = new SplittableRandom(31L * number + role.ordinal());
		var firstName = DemoNames.FIRST[random.nextInt(DemoNames.FIRST.length)];
		var lastName = DemoNames.LAST[random.nextInt(DemoNames.LAST.length)];
		// 020 7946 0000 to 0999: London numbers reserved for drama, which no one can be
		// called at.
		var phone = "+44 20 7946 %04d".formatted(random.nextInt(1000));
		var registeredAt = now.minus(Duration.ofDays(random.nextLong(30, 3 * 365)));
		NewAccount.AgentProfile profile = null;
		if (role == Role.AGENT && number % 10 != 0) {
			var agency = DemoNames.AGENCIES[random.nextInt(DemoNames.AGENCIES.length)];
			var languages = DemoNames.pick(DemoNames.LANGUAGES, 1 + random.nextInt(3), random);
			var areas = DemoNames.pick(DemoNames.AREAS, 1 + random.nextInt(3), random);
			var requestedAt = registeredAt.plus(Duration.ofDays(1));
			profile = new NewAccount.AgentProfile("LIC-%06d".formatted(number), agency,
					"%s %s of %s: %d years of helping people buy, sell and rent in %s.".formatted(firstName, lastName,
							agency, 2 + random.nextInt(25), String.join(", ", areas)),
					List.of(languages), List.of(areas), requestedAt,
					number % 10 == 9 ? null : requestedAt.plus(Duration.ofDays(2)));
		}
		return new NewAccount(email(role, number), firstName, lastName, phone, role, registeredAt, profile);
	}

}

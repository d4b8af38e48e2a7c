package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.TestAccounts.registration;
import static com.luxestate.identity.internal.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;

import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.Role;
import com.luxestate.identity.UserDirectory;
import com.luxestate.identity.UserSummary;

/**
 * Other modules look up users' public data by id, many at a time, in one query however
 * many ids they ask for. The SQL statements a lookup runs are recorded by a jOOQ
 * listener.
 */
@ApplicationModuleTest
@DirtiesContext
class UserDirectoryTests {

	private static final UUID ADMIN = UUID.randomUUID();

	private final UserDirectory directory;

	private final AccountService accounts;

	private final AgentVerification agents;

	private final UserAdministration administration;

	private final StatementRecorder statements;

	UserDirectoryTests(UserDirectory directory, AccountService accounts, AgentVerification agents,
			UserAdministration administration, StatementRecorder statements) {
		this.directory = directory;
		this.accounts = accounts;
		this.agents = agents;
		this.administration = administration;
		this.statements = statements;
	}

	@Test
	void fiftyIdsAreLookedUpInOneQueryAndUnknownIdsAreLeftOut() {
		var known = new ArrayList<UUID>();
		for (int i = 0; i < 25; i++) {
			known.add(accounts
				.register(new AccountService.Registration(uniqueEmail("member"), TestAccounts.PASSWORD, "Member" + i,
						"Lindqvist", "+46 70 123 45 67", Role.RENTER))
				.id());
		}
		var asked = new ArrayList<>(known);
		for (int i = 0; i < 25; i++) {
			asked.add(UUID.randomUUID());
		}

		var found = statements.recordOnThisThread(() -> directory.findUsers(asked));

		assertThat(statements.recorded()).hasSize(1);
		assertThat(found).containsOnlyKeys(known);
		assertThat(found.get(known.get(7)))
			.isEqualTo(new UserSummary(known.get(7), "Member7 L.", Role.RENTER, AccountStatus.ACTIVE, false));
	}

	@Test
	void askingForNobodyRunsNoQuery() {
		var found = statements.recordOnThisThread(() -> directory.findUsers(List.of()));

		assertThat(found).isEmpty();
		assertThat(statements.recorded()).isEmpty();
	}

	@Test
	void anAgentIsAVerifiedAgentOnlyOnceAnAdminApprovedTheirProfile() {
		var agent = accounts.register(registration(uniqueEmail("agent"), Role.AGENT)).id();
		var rejected = accounts.register(registration(uniqueEmail("agent"), Role.AGENT)).id();
		var buyer = accounts.register(registration(uniqueEmail("buyer"), Role.BUYER)).id();
		assertThat(directory.findUser(agent)).get().extracting(UserSummary::verifiedAgent).isEqualTo(false);

		agents.saveProfile(agent, null, profile("LIC-1"));
		agents.saveProfile(rejected, null, profile("LIC-2"));
		assertThat(directory.findUser(agent)).get()
			.extracting(UserSummary::verifiedAgent)
			.as("pending verification")
			.isEqualTo(false);

		agents.decide(agent, null, true, "License checked with the registry", ADMIN);
		agents.decide(rejected, null, false, "License number unknown to the registry", ADMIN);

		var found = directory.findUsers(List.of(agent, rejected, buyer));
		assertThat(found.get(agent).verifiedAgent()).isTrue();
		assertThat(found.get(rejected).verifiedAgent()).isFalse();
		assertThat(found.get(buyer).verifiedAgent()).isFalse();
	}

	@Test
	void suspendedAndDeletedUsersAreFoundWithTheirStatusAndNoPersonalData() {
		var suspended = accounts.register(registration(uniqueEmail("suspended"))).id();
		var deleted = accounts
			.register(new AccountService.Registration(uniqueEmail("leaving"), TestAccounts.PASSWORD, "Margarethe",
					"Vanderbilt", null, Role.BUYER))
			.id();
		administration.suspend(suspended, "Spam", ADMIN);
		accounts.deleteAccount(deleted);

		Map<UUID, UserSummary> found = directory.findUsers(List.of(suspended, deleted));

		assertThat(found.get(suspended).status()).isEqualTo(AccountStatus.SUSPENDED);
		assertThat(found.get(deleted).status()).isEqualTo(AccountStatus.DELETED);
		assertThat(found.get(deleted).displayName()).doesNotContain("Margarethe").doesNotContain("V.");
	}

	private static AgentVerification.ProfileDetails profile(String license) {
		return new AgentVerification.ProfileDetails(license, "Nordic Homes", "Twenty years in Stockholm",
				"+46 8 123 456", List.of("sv", "en"), List.of("Stockholm"));
	}

	/** Records the SQL jOOQ executes on the thread that asked for it. */
	static class StatementRecorder implements ExecuteListener {

		private final List<String> recorded = new CopyOnWriteArrayList<>();

		private volatile Thread watched;

		<T> T recordOnThisThread(Supplier<T> action) {
			recorded.clear();
			watched = Thread.currentThread();
			try {
				return action.get();
			}
			finally {
				watched = null;
			}
		}

		List<String> recorded() {
			return List.copyOf(recorded);
		}

		@Override
		public void executeStart(ExecuteContext context) {
			if (Thread.currentThread() == watched) {
				recorded.add(context.sql());
			}
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RecordStatements {

		@Bean
		StatementRecorder statementRecorder() {
			return new StatementRecorder();
		}

		@Bean
		ExecuteListenerProvider statementRecorderProvider(StatementRecorder recorder) {
			return new DefaultExecuteListenerProvider(recorder);
		}

	}

}

package com.luxestate.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.luxestate.identity.AccountAdministration;
import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.Role;
import com.luxestate.identity.UserDirectory;
import com.luxestate.identity.demo.DemoAccount;
import com.luxestate.identity.demo.DemoAccounts;

/**
 * Demo accounts are real accounts: active, email verified, owners and agents (most of them verified), with the
 * documented password; asking again keeps the ones that exist as they are.
 */
@ApplicationModuleTest
class DemoAccountsTests {

	private final DemoAccounts demoAccounts;
	private final SessionService sessions;
	private final UserDirectory directory;
	private final AccountAdministration administration;
	private final JdbcTemplate jdbc;

	DemoAccountsTests(DemoAccounts demoAccounts, SessionService sessions, UserDirectory directory,
			AccountAdministration administration, JdbcTemplate jdbc) {
		this.demoAccounts = demoAccounts;
		this.sessions = sessions;
		this.directory = directory;
		this.administration = administration;
		this.jdbc = jdbc;
	}

	@Test
	void threeInFiveAreOwnersAndEightInTenAgentsAreVerified() {
		var accounts = demoAccounts.ensure(30);

		assertThat(accounts).hasSize(30);
		assertThat(accounts).filteredOn(account -> account.role() == Role.OWNER).hasSize(18)
				.allSatisfy(owner -> assertThat(owner.verifiedAgent()).isFalse())
				.first().extracting(DemoAccount::email).isEqualTo("owner-000001@demo.luxestate.dev");
		var agents = accounts.stream().filter(account -> account.role() == Role.AGENT).toList();
		assertThat(agents).hasSize(12).first().extracting(DemoAccount::email)
				.isEqualTo("agent-000001@demo.luxestate.dev");
		assertThat(agents).filteredOn(DemoAccount::verifiedAgent).extracting(DemoAccount::email)
				.hasSize(10).doesNotContain("agent-000009@demo.luxestate.dev", "agent-000010@demo.luxestate.dev");
		assertThat(verificationOf("agent-000009@demo.luxestate.dev")).isEqualTo("PENDING");
		assertThat(verificationOf("agent-000010@demo.luxestate.dev")).isEqualTo("none");
		assertThat(verificationOf("agent-000011@demo.luxestate.dev")).isEqualTo("APPROVED");
		// What demo data says about an account is what every module hears from identity.
		var summaries = directory.findUsers(accounts.stream().map(DemoAccount::id).toList());
		assertThat(accounts).allSatisfy(account -> {
			var summary = summaries.get(account.id());
			assertThat(summary.role()).isEqualTo(account.role());
			assertThat(summary.verifiedAgent()).isEqualTo(account.verifiedAgent());
			assertThat(summary.status()).isEqualTo(AccountStatus.ACTIVE);
		});
		assertThat(jdbc.queryForObject("SELECT count(*) FROM identity.user_account WHERE email_normalized LIKE "
				+ "'%@demo.luxestate.dev' AND NOT email_verified", Integer.class)).isZero();
	}

	@Test
	void aDemoAccountLogsInWithTheDocumentedPassword() {
		demoAccounts.ensure(5);

		var owner = sessions.login("owner-000001@demo.luxestate.dev", DemoAccounts.PASSWORD,
				TestAccounts.clientAddress());
		var agent = sessions.login("Agent-000001@Demo.LuxeState.dev", DemoAccounts.PASSWORD,
				TestAccounts.clientAddress());

		assertThat(owner.accessToken()).isNotBlank();
		assertThat(agent.accessToken()).isNotBlank();
	}

	@Test
	void askingAgainAddsWhatIsMissingAndLeavesTheRestAsItIs() {
		var first = demoAccounts.ensure(100);
		// owner-000060: an account the other tests do not ask for
		var suspended = first.get(59);
		assertThat(suspended.email()).isEqualTo("owner-000060@demo.luxestate.dev");
		administration.suspend(suspended.id(), "demo of a suspension", UUID.randomUUID());

		var second = demoAccounts.ensure(150);

		assertThat(second).hasSize(150);
		assertThat(second).extracting(DemoAccount::id).containsAll(first.stream().map(DemoAccount::id).toList());
		assertThat(second).filteredOn(account -> account.id().equals(suspended.id())).singleElement()
				.extracting(DemoAccount::status).isEqualTo(AccountStatus.SUSPENDED);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM identity.user_account WHERE email_normalized LIKE "
				+ "'%@demo.luxestate.dev'", Integer.class)).isGreaterThanOrEqualTo(150);
		assertThat(jdbc.queryForObject("SELECT count(DISTINCT email_normalized) = count(*) FROM identity.user_account",
				Boolean.class)).isTrue();
	}

	private String verificationOf(String email) {
		return jdbc.queryForObject("SELECT coalesce(p.verification_status, 'none') FROM identity.user_account a "
				+ "LEFT JOIN identity.agent_profile p ON p.agent_id = a.id WHERE a.email_normalized = ?", String.class,
				email);
	}
}

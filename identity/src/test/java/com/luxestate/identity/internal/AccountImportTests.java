package com.luxestate.identity.internal;

import static com.luxestate.platform.testing.ProblemAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.luxestate.identity.AccountAdministration;
import com.luxestate.identity.AccountImport;
import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.ImportedAccount;
import com.luxestate.identity.NewAccount;
import com.luxestate.identity.Role;
import com.luxestate.identity.UserDirectory;

/**
 * Imported accounts are real accounts: active, email verified, with the one password of
 * the import and the agent profiles' verification as imported; importing again keeps the
 * ones that exist as they are; and what the accounts would have been refused at
 * registration is refused, with nothing imported.
 */
@ApplicationModuleTest
class AccountImportTests {

	private static final String PASSWORD = "an imported account's password";

	private final AccountImport accountImport;

	private final SessionService sessions;

	private final UserDirectory directory;

	private final AccountAdministration administration;

	private final JdbcTemplate jdbc;

	AccountImportTests(AccountImport accountImport, SessionService sessions, UserDirectory directory,
			AccountAdministration administration, JdbcTemplate jdbc) {
		this.accountImport = accountImport;
		this.sessions = sessions;
		this.directory = directory;
		this.administration = administration;
		this.jdbc = jdbc;
	}

	@Test
	void importedAccountsAreActiveVerifiedAndTheirAgentsAsVerifiedAsImported() {
		var accounts = accountImport.importAccounts(
				List.of(owner("owner-1@import.test"), agent("agent-1@import.test", true),
						agent("agent-2@import.test", false), account("agent-3@import.test", Role.AGENT, null)),
				PASSWORD);

		assertThat(accounts).extracting(ImportedAccount::email)
			.containsExactly("owner-1@import.test", "agent-1@import.test", "agent-2@import.test",
					"agent-3@import.test");
		assertThat(accounts).extracting(ImportedAccount::verifiedAgent).containsExactly(false, true, false, false);
		assertThat(accounts).extracting(ImportedAccount::status).containsOnly(AccountStatus.ACTIVE);
		assertThat(verificationOf("agent-1@import.test")).isEqualTo("APPROVED");
		assertThat(verificationOf("agent-2@import.test")).isEqualTo("PENDING");
		assertThat(verificationOf("agent-3@import.test")).isEqualTo("none");
		// What the import says about an account is what every module hears from identity.
		var summaries = directory.findUsers(accounts.stream().map(ImportedAccount::id).toList());
		assertThat(accounts).allSatisfy(account -> {
			var summary = summaries.get(account.id());
			assertThat(summary.role()).isEqualTo(account.role());
			assertThat(summary.verifiedAgent()).isEqualTo(account.verifiedAgent());
		});
		assertThat(jdbc.queryForObject("SELECT count(*) FROM identity.user_account WHERE email_normalized LIKE "
				+ "'%@import.test' AND NOT email_verified", Integer.class))
			.isZero();
	}

	@Test
	void anImportedAccountLogsInWithThePasswordOfTheImport() {
		accountImport.importAccounts(List.of(owner("login@import.test")), PASSWORD);

		var session = sessions.login("Login@Import.TEST", PASSWORD, TestAccounts.clientAddress());

		assertThat(session.accessToken()).isNotBlank();
	}

	@Test
	void importingAgainAddsWhatIsMissingAndLeavesTheRestAsItIs() {
		var first = accountImport.importAccounts(owners("again", 100), PASSWORD);
		var suspended = first.get(59);
		administration.suspend(suspended.id(), "a suspension", UUID.randomUUID());

		var second = accountImport.importAccounts(owners("again", 150), "another password, not used");

		assertThat(second).hasSize(150);
		assertThat(second.subList(0, 100)).extracting(ImportedAccount::id)
			.containsExactlyElementsOf(first.stream().map(ImportedAccount::id).toList());
		assertThat(second.get(59).status()).isEqualTo(AccountStatus.SUSPENDED);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM identity.user_account WHERE email_normalized LIKE " + "'again-%'", Integer.class))
			.isEqualTo(150);
		// The accounts there before kept their password.
		assertThat(sessions.login("again-1@import.test", PASSWORD, TestAccounts.clientAddress()).accessToken())
			.isNotBlank();
	}

	@Test
	void whatRegistrationWouldRefuseIsRefusedAndNothingIsImported() {
		var now = Instant.now();
		var invalid = List.of(owner("fine@import.test"), account("admin@import.test", Role.ADMIN, null),
				owner("not an email"), owner("FINE@import.test"),
				account("buyer@import.test", Role.BUYER, profile(now.minus(Duration.ofDays(1)), null)),
				new NewAccount("future@import.test", "Ann", "Lee", null, Role.OWNER, now.plus(Duration.ofDays(1)),
						null),
				new NewAccount("phone@import.test", "", "Lee", "call me", Role.OWNER, now, null),
				account("early@import.test", Role.AGENT, profile(now.minus(Duration.ofDays(900)), null)));

		assertThat(assertInvalid(() -> accountImport.importAccounts(invalid, PASSWORD)))
			.contains("accounts[1].role", "accounts[2].email", "accounts[3].email", "accounts[4].agentProfile",
					"accounts[5].registeredAt", "accounts[6].firstName", "accounts[6].phone",
					"accounts[7].agentProfile.requestedAt")
			.noneMatch(field -> field.startsWith("accounts[0]"));
		assertThat(
				assertInvalid(() -> accountImport.importAccounts(List.of(owner("fine@import.test")), "1qaz2wsx3edc")))
			.containsExactly("password");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM identity.user_account WHERE email_normalized IN "
				+ "('fine@import.test', 'buyer@import.test')", Integer.class))
			.isZero();
	}

	private static List<NewAccount> owners(String prefix, int count) {
		var owners = new ArrayList<NewAccount>();
		for (int number = 1; number <= count; number++) {
			owners.add(owner(prefix + "-" + number + "@import.test"));
		}
		return owners;
	}

	private static NewAccount owner(String email) {
		return account(email, Role.OWNER, null);
	}

	private static NewAccount agent(String email, boolean verified) {
		var requestedAt = Instant.now().minus(Duration.ofDays(20));
		return account(email, Role.AGENT, profile(requestedAt, verified ? requestedAt.plus(Duration.ofDays(2)) : null));
	}

	private static NewAccount account(String email, Role role, NewAccount.AgentProfile profile) {
		return new NewAccount(email, "Ana", "Silva", "+44 20 7946 0123", role, Instant.now().minus(Duration.ofDays(30)),
				profile);
	}

	private static NewAccount.AgentProfile profile(Instant requestedAt, Instant verifiedAt) {
		return new NewAccount.AgentProfile("LIC-000001", "Atlantic Homes", "Twenty years in Lisbon.",
				List.of("English", "Portuguese"), List.of("Lisbon"), requestedAt, verifiedAt);
	}

	private String verificationOf(String email) {
		return jdbc.queryForObject(
				"SELECT coalesce(p.verification_status, 'none') FROM identity.user_account a "
						+ "LEFT JOIN identity.agent_profile p ON p.agent_id = a.id WHERE a.email_normalized = ?",
				String.class, email);
	}

}

package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.TestAccounts.registration;
import static com.luxestate.identity.internal.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.luxestate.identity.Role;
import com.luxestate.identity.UserDirectory;

@ApplicationModuleTest
class DeletedAgentTests {

	private final AccountService accounts;

	private final AgentVerification agents;

	private final UserAdministration administration;

	private final UserDirectory directory;

	private final JdbcTemplate jdbc;

	DeletedAgentTests(AccountService accounts, AgentVerification agents, UserAdministration administration,
			UserDirectory directory, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.agents = agents;
		this.administration = administration;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	@Test
	void deletingAnAgentsAccountErasesThePersonalDataOfTheirAgentProfile() {
		var agentId = accounts.register(registration(uniqueEmail("agent"), Role.AGENT)).id();
		agents.saveProfile(agentId, null, new AgentVerification.ProfileDetails("LIC-PRIVATE-77", "Nordic Homes",
				"Margarethe, twenty years in Stockholm", "+46 70 999 88 77", List.of("sv"), List.of("Stockholm")));

		accounts.deleteAccount(agentId);

		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM identity.agent_profile
				WHERE agent_id = ? AND (phone = '+46 70 999 88 77' OR bio LIKE '%Margarethe%'
				                        OR license_number = 'LIC-PRIVATE-77')""", Integer.class, agentId)).isZero();
	}

	@Test
	void anAgentDemotedByAnAdminIsNoLongerAVerifiedAgent() {
		var agentId = accounts.register(registration(uniqueEmail("agent"), Role.AGENT)).id();
		agents.saveProfile(agentId, null,
				new AgentVerification.ProfileDetails("LIC-88", "Nordic Homes", null, null, List.of(), List.of()));
		agents.decide(agentId, null, true, "Fine", UUID.randomUUID());

		administration.changeRole(agentId, Role.BUYER, UUID.randomUUID());

		assertThat(directory.findUser(agentId)).get().satisfies(summary -> {
			assertThat(summary.role()).isEqualTo(Role.BUYER);
			assertThat(summary.verifiedAgent()).isFalse();
		});
	}

}

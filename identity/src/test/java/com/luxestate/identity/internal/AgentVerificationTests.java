package com.luxestate.identity.internal;

import static com.luxestate.platform.testing.ProblemAssertions.assertProblem;
import static com.luxestate.identity.internal.TestAccounts.registration;
import static com.luxestate.identity.internal.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import com.luxestate.identity.AgentVerificationRejected;
import com.luxestate.identity.AgentVerificationRequested;
import com.luxestate.identity.AgentVerified;
import com.luxestate.identity.Role;
import com.luxestate.platform.ProblemType;

/**
 * An agent (or an owner acting as one, or an admin) keeps a professional profile; saving
 * it asks for verification, which an admin other than its keeper grants or refuses once,
 * with a note. Each step is announced by an event.
 */
@ApplicationModuleTest
class AgentVerificationTests {

	private static final UUID ADMIN = UUID.randomUUID();

	private final AccountService accounts;

	private final AgentVerification agents;

	private final UserAdministration administration;

	AgentVerificationTests(AccountService accounts, AgentVerification agents, UserAdministration administration) {
		this.accounts = accounts;
		this.agents = agents;
		this.administration = administration;
	}

	@Test
	void savingTheProfilePublishesAgentVerificationRequested(Scenario scenario) {
		var agentId = newAgent(Role.AGENT);

		scenario.stimulate(() -> agents.saveProfile(agentId, null, profile("  LIC-2026-0042 ")))
			.andWaitForEventOfType(AgentVerificationRequested.class)
			.matchingMappedValue(AgentVerificationRequested::agentId, agentId)
			.toArriveAndVerify((event, profile) -> {
				assertThat(event.licenseNumber()).isEqualTo("LIC-2026-0042");
				assertThat(event.agencyName()).isEqualTo("Nordic Homes");
				assertThat(profile.verificationStatus()).isEqualTo(VerificationStatus.PENDING);
			});
		assertThat(agents.pendingRequests(100, null).items()).extracting(AgentProfileView::agentId).contains(agentId);
	}

	@Test
	void anOwnerActingAsAnAgentMayAskForVerificationToo(Scenario scenario) {
		var ownerId = newAgent(Role.OWNER);

		scenario.stimulate(() -> agents.saveProfile(ownerId, null, profile("LIC-OWNER-1")))
			.andWaitForEventOfType(AgentVerificationRequested.class)
			.matchingMappedValue(AgentVerificationRequested::agentId, ownerId)
			.toArrive();
	}

	@Test
	void aBuyerKeepsNoAgentProfile() {
		var buyerId = newAgent(Role.BUYER);

		assertProblem(ProblemType.FORBIDDEN, () -> agents.saveProfile(buyerId, null, profile("LIC-NOPE")));
	}

	@Test
	void approvingPublishesAgentVerified(Scenario scenario) {
		var agentId = newAgent(Role.AGENT);
		agents.saveProfile(agentId, null, profile("LIC-1"));

		scenario.stimulate(() -> agents.decide(agentId, null, true, "License checked with the registry", ADMIN))
			.andWaitForEventOfType(AgentVerified.class)
			.matchingMappedValue(AgentVerified::agentId, agentId)
			.toArriveAndVerify(event -> assertThat(event.actorId()).isEqualTo(ADMIN));

		var profile = agents.profileOf(agentId);
		assertThat(profile.verificationStatus()).isEqualTo(VerificationStatus.APPROVED);
		assertThat(profile.verificationNote()).isEqualTo("License checked with the registry");
		assertThat(agents.pendingRequests(100, null).items()).extracting(AgentProfileView::agentId)
			.doesNotContain(agentId);
		assertThat(agents.publicProfile(agentId).profile().verificationStatus()).isEqualTo(VerificationStatus.APPROVED);
	}

	@Test
	void rejectingPublishesAgentVerificationRejectedWithTheNote(Scenario scenario) {
		var agentId = newAgent(Role.AGENT);
		agents.saveProfile(agentId, null, profile("LIC-2"));

		scenario.stimulate(() -> agents.decide(agentId, null, false, "License number unknown to the registry", ADMIN))
			.andWaitForEventOfType(AgentVerificationRejected.class)
			.matchingMappedValue(AgentVerificationRejected::agentId, agentId)
			.toArriveAndVerify(event -> {
				assertThat(event.note()).isEqualTo("License number unknown to the registry");
				assertThat(event.actorId()).isEqualTo(ADMIN);
			});
		assertThat(agents.profileOf(agentId).verificationStatus()).isEqualTo(VerificationStatus.REJECTED);
	}

	/**
	 * docs/permissions.md: admins hold {@code agents:profile} like agents and owners, so
	 * they keep a profile too.
	 */
	@Test
	void anAdminKeepsAnAgentProfileWhichAnotherAdminDecides() {
		var adminId = newAgent(Role.BUYER);
		administration.changeRole(adminId, Role.ADMIN, ADMIN);

		agents.saveProfile(adminId, null, profile("LIC-ADMIN-1"));

		assertThat(agents.publicProfile(adminId).profile().licenseNumber()).isEqualTo("LIC-ADMIN-1");
		assertProblem(ProblemType.CONFLICT, () -> agents.decide(adminId, null, true, "Looks fine to me", adminId));
		assertThat(agents.profileOf(adminId).verificationStatus()).isEqualTo(VerificationStatus.PENDING);
		agents.decide(adminId, null, true, "License checked with the registry", ADMIN);
		assertThat(agents.profileOf(adminId).verificationStatus()).isEqualTo(VerificationStatus.APPROVED);
	}

	@Test
	void aRequestIsDecidedOnlyOnce() {
		var approved = newAgent(Role.AGENT);
		var rejected = newAgent(Role.AGENT);
		agents.saveProfile(approved, null, profile("LIC-3"));
		agents.saveProfile(rejected, null, profile("LIC-4"));
		agents.decide(approved, null, true, "Fine", ADMIN);
		agents.decide(rejected, null, false, "Not fine", ADMIN);

		assertProblem(ProblemType.CONFLICT, () -> agents.decide(approved, null, false, "Changed my mind", ADMIN));
		assertProblem(ProblemType.CONFLICT, () -> agents.decide(approved, null, true, "Approve again", ADMIN));
		assertProblem(ProblemType.CONFLICT, () -> agents.decide(rejected, null, true, "Changed my mind", ADMIN));

		assertThat(agents.profileOf(approved).verificationStatus()).isEqualTo(VerificationStatus.APPROVED);
		assertThat(agents.profileOf(rejected).verificationStatus()).isEqualTo(VerificationStatus.REJECTED);
	}

	@Test
	void savingAVerifiedProfileAgainAsksForVerificationAgain(Scenario scenario) {
		var agentId = newAgent(Role.AGENT);
		agents.saveProfile(agentId, null, profile("LIC-5"));
		long verified = agents.decide(agentId, null, true, "Fine", ADMIN).version();

		scenario.stimulate(() -> agents.saveProfile(agentId, verified, profile("LIC-5-NEW")))
			.andWaitForEventOfType(AgentVerificationRequested.class)
			.matchingMappedValue(AgentVerificationRequested::licenseNumber, "LIC-5-NEW")
			.toArrive();

		assertThat(agents.profileOf(agentId).verificationStatus()).isEqualTo(VerificationStatus.PENDING);
		assertProblem(ProblemType.PRECONDITION_FAILED, () -> agents.saveProfile(agentId, verified, profile("LIC-6")));
	}

	@Test
	void decidingWithoutAProfileIsNotFound() {
		var agentId = newAgent(Role.AGENT);

		assertProblem(ProblemType.NOT_FOUND, () -> agents.decide(agentId, null, true, "Fine", ADMIN));
	}

	private UUID newAgent(Role role) {
		return accounts.register(registration(uniqueEmail("agent"), role)).id();
	}

	private static AgentVerification.ProfileDetails profile(String license) {
		return new AgentVerification.ProfileDetails(license, "Nordic Homes", "Twenty years in Stockholm",
				"+46 8 123 456", List.of("sv", "en"), List.of("Stockholm", "Uppsala"));
	}

}

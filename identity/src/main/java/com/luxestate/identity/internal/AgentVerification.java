package com.luxestate.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.Role;
import com.luxestate.platform.ProblemException;

/** Agents keep their professional profile; admins verify it. */
@Service
@Transactional
public class AgentVerification {

	public record ProfileDetails(String licenseNumber, String agencyName, String bio, String phone,
			List<String> languages, List<String> serviceAreas) {
	}

	public record PublicAgent(UserAccount account, AgentProfile profile) {
	}

	private final AgentProfiles profiles;
	private final UserAccounts accounts;
	private final Clock clock;

	AgentVerification(AgentProfiles profiles, UserAccounts accounts, Clock clock) {
		this.profiles = profiles;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public AgentProfile profileOf(UUID agentId) {
		return profiles.findById(agentId)
				.orElseThrow(() -> ProblemException.notFound("You have no agent profile yet."));
	}

	/** Creates or replaces the caller's profile, which asks for verification (again). */
	public AgentProfile saveProfile(UUID agentId, Integer expectedVersion, ProfileDetails details) {
		var account = accounts.findById(agentId)
				.filter(candidate -> candidate.status() == AccountStatus.ACTIVE)
				.orElseThrow(() -> ProblemException.notFound("There is no such user."));
		if (account.role() != Role.AGENT && account.role() != Role.OWNER) {
			throw ProblemException.forbidden("Only agents and owners acting as agents keep an agent profile.");
		}
		var now = clock.instant();
		var data = new AgentProfile.Details(details.licenseNumber(), details.agencyName(), details.bio(),
				details.phone(), details.languages(), details.serviceAreas());
		var profile = profiles.findById(agentId).map(existing -> {
			if (expectedVersion != null && expectedVersion != existing.version()) {
				throw ProblemException.preconditionFailed("The profile was changed since you read it.");
			}
			existing.update(data, now);
			return existing;
		}).orElseGet(() -> AgentProfile.create(agentId, data, now));
		return profiles.save(profile);
	}

	@Transactional(readOnly = true)
	public List<AgentProfile> pendingRequests(int limit) {
		return profiles.findPending(limit);
	}

	/**
	 * {@code reviewedVersion} (from {@code If-Match}) is the version of the profile the admin looked at: if the
	 * agent changed it since, the decision would cover details nobody reviewed, so it is refused with 412.
	 */
	public AgentProfile decide(UUID agentId, Integer reviewedVersion, boolean approve, String note, UUID adminId) {
		var profile = profiles.findById(agentId)
				.orElseThrow(() -> ProblemException.notFound("There is no agent profile for this user."));
		if (reviewedVersion != null && reviewedVersion != profile.version()) {
			throw ProblemException.preconditionFailed("The agent changed the profile since you reviewed it.");
		}
		if (approve) {
			profile.approve(note, adminId, clock.instant());
		}
		else {
			profile.reject(note, adminId, clock.instant());
		}
		return profiles.save(profile);
	}

	/** Anyone may see an active agent's profile; suspended and deleted agents are not found. */
	@Transactional(readOnly = true)
	public PublicAgent publicProfile(UUID agentId) {
		var account = accounts.findById(agentId)
				.filter(candidate -> candidate.status() == AccountStatus.ACTIVE)
				.filter(candidate -> candidate.role() == Role.AGENT || candidate.role() == Role.OWNER)
				.orElseThrow(() -> ProblemException.notFound("There is no such agent."));
		var profile = profiles.findById(agentId)
				.orElseThrow(() -> ProblemException.notFound("There is no such agent."));
		return new PublicAgent(account, profile);
	}
}

package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.jooq.Tables.AGENT_PROFILE;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.luxestate.identity.AccountStatus;
import com.luxestate.platform.Page;
import com.luxestate.platform.PageCursor;
import com.luxestate.platform.ProblemException;

/** Agents keep their professional profile; admins verify it. */
@Service
@Transactional
public class AgentVerification {

	public record ProfileDetails(String licenseNumber, String agencyName, String bio, String phone,
			List<String> languages, List<String> serviceAreas) {
	}

	public record PublicAgent(UserAccountView account, AgentProfileView profile) {
	}

	private final AgentProfiles profiles;

	private final UserAccounts accounts;

	private final DSLContext jooq;

	private final Clock clock;

	AgentVerification(AgentProfiles profiles, UserAccounts accounts, DSLContext jooq, Clock clock) {
		this.profiles = profiles;
		this.accounts = accounts;
		this.jooq = jooq;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public AgentProfileView profileOf(UUID agentId) {
		return profiles.findById(agentId)
			.map(AgentProfileView::of)
			.orElseThrow(() -> ProblemException.notFound("You have no agent profile yet."));
	}

	/** Creates or replaces the caller's profile, which asks for verification (again). */
	public AgentProfileView saveProfile(UUID agentId, Long expectedVersion, ProfileDetails details) {
		var account = accounts.findById(agentId)
			.filter(candidate -> candidate.status() == AccountStatus.ACTIVE)
			.orElseThrow(IdentityProblems::noSuchUser);
		if (!AgentProfile.isKeptBy(account.role())) {
			throw ProblemException.forbidden("Only agents, owners acting as agents and admins keep an agent profile.");
		}
		var now = clock.instant();
		var data = new AgentProfile.Details(details.licenseNumber(), details.agencyName(), details.bio(),
				details.phone(), details.languages(), details.serviceAreas());
		var profile = profiles.findById(agentId).map(existing -> {
			if (expectedVersion != null && expectedVersion != existing.version()) {
				throw IdentityProblems.staleProfile();
			}
			existing.update(data, now);
			return existing;
		}).orElseGet(() -> AgentProfile.create(agentId, data, now));
		return AgentProfileView.of(profiles.save(profile));
	}

	/**
	 * Oldest request first, paged by an opaque keyset cursor (request time and agent id).
	 */
	@Transactional(readOnly = true)
	public Page<AgentProfileView> pendingRequests(int limit, String cursor) {
		var pending = AGENT_PROFILE.VERIFICATION_STATUS.eq(VerificationStatus.PENDING.name());
		var total = jooq.fetchCount(AGENT_PROFILE, pending);
		var page = pending;
		var position = PageCursor.decode(cursor, 2, Position::of);
		if (position != null) {
			page = page
				.and(DSL.row(AGENT_PROFILE.REQUESTED_AT, AGENT_PROFILE.AGENT_ID).gt(position.at(), position.id()));
		}
		var rows = jooq.select(AGENT_PROFILE.AGENT_ID, AGENT_PROFILE.REQUESTED_AT)
			.from(AGENT_PROFILE)
			.where(page)
			.orderBy(AGENT_PROFILE.REQUESTED_AT, AGENT_PROFILE.AGENT_ID)
			.limit(limit + 1)
			.fetch(row -> new Position(row.value2(), row.value1()));
		return Position.page(rows, limit, total, profiles::findAllById, AgentProfile::agentId)
			.map(AgentProfileView::of);
	}

	/**
	 * {@code reviewedVersion} (from {@code If-Match}) is the version of the profile the
	 * admin looked at: if the agent changed it since, the decision would cover details
	 * nobody reviewed, so it is refused with 412. An admin never decides on their own
	 * profile (409).
	 */
	public AgentProfileView decide(UUID agentId, Long reviewedVersion, boolean approve, String note, UUID adminId) {
		if (agentId.equals(adminId)) {
			// An admin may keep a profile like any agent, but nobody vouches for
			// themselves.
			throw ProblemException.conflict("Admins cannot decide on their own agent profile; another admin does.");
		}
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
		return AgentProfileView.of(profiles.save(profile));
	}

	/**
	 * Anyone may see an active agent's profile; suspended and deleted agents are not
	 * found.
	 */
	@Transactional(readOnly = true)
	public PublicAgent publicProfile(UUID agentId) {
		var account = accounts.findById(agentId)
			.filter(candidate -> candidate.status() == AccountStatus.ACTIVE)
			.filter(candidate -> AgentProfile.isKeptBy(candidate.role()))
			.orElseThrow(() -> ProblemException.notFound("There is no such agent."));
		var profile = profiles.findById(agentId)
			.orElseThrow(() -> ProblemException.notFound("There is no such agent."));
		return new PublicAgent(UserAccountView.of(account), AgentProfileView.of(profile));
	}

}

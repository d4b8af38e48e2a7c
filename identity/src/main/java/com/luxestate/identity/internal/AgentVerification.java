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
	private final DSLContext jooq;
	private final Clock clock;

	AgentVerification(AgentProfiles profiles, UserAccounts accounts, DSLContext jooq, Clock clock) {
		this.profiles = profiles;
		this.accounts = accounts;
		this.jooq = jooq;
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
		if (!AgentProfile.isKeptBy(account.role())) {
			throw ProblemException.forbidden("Only agents, owners acting as agents and admins keep an agent profile.");
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

	public record PendingPage(List<AgentProfile> items, String nextCursor, long total) {
	}

	/** Oldest request first, paged by an opaque keyset cursor (request time and agent id). */
	@Transactional(readOnly = true)
	public PendingPage pendingRequests(int limit, String cursor) {
		var pending = AGENT_PROFILE.VERIFICATION_STATUS.eq(AgentProfile.VerificationStatus.PENDING.name());
		var total = jooq.fetchCount(AGENT_PROFILE, pending);
		var page = pending;
		if (cursor != null) {
			var position = KeysetCursor.decode(cursor);
			page = page.and(DSL.row(AGENT_PROFILE.REQUESTED_AT, AGENT_PROFILE.AGENT_ID)
					.gt(position.at(), position.id()));
		}
		var rows = jooq.select(AGENT_PROFILE.AGENT_ID, AGENT_PROFILE.REQUESTED_AT)
				.from(AGENT_PROFILE)
				.where(page)
				.orderBy(AGENT_PROFILE.REQUESTED_AT, AGENT_PROFILE.AGENT_ID)
				.limit(limit + 1)
				.fetch();
		var shown = rows.subList(0, Math.min(limit, rows.size()));
		var byId = new java.util.HashMap<UUID, AgentProfile>();
		profiles.findAllById(shown.stream().map(row -> row.value1()).toList())
				.forEach(profile -> byId.put(profile.agentId(), profile));
		var last = shown.isEmpty() ? null : shown.getLast();
		var next = rows.size() > limit && last != null
				? new KeysetCursor(last.value2(), last.value1()).encode() : null;
		return new PendingPage(shown.stream().map(row -> byId.get(row.value1())).toList(), next, total);
	}

	/**
	 * {@code reviewedVersion} (from {@code If-Match}) is the version of the profile the admin looked at: if the
	 * agent changed it since, the decision would cover details nobody reviewed, so it is refused with 412. An admin
	 * never decides on their own profile (409).
	 */
	public AgentProfile decide(UUID agentId, Integer reviewedVersion, boolean approve, String note, UUID adminId) {
		if (agentId.equals(adminId)) {
			// An admin may keep a profile like any agent, but nobody vouches for themselves.
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
		return profiles.save(profile);
	}

	/** Anyone may see an active agent's profile; suspended and deleted agents are not found. */
	@Transactional(readOnly = true)
	public PublicAgent publicProfile(UUID agentId) {
		var account = accounts.findById(agentId)
				.filter(candidate -> candidate.status() == AccountStatus.ACTIVE)
				.filter(candidate -> AgentProfile.isKeptBy(candidate.role()))
				.orElseThrow(() -> ProblemException.notFound("There is no such agent."));
		var profile = profiles.findById(agentId)
				.orElseThrow(() -> ProblemException.notFound("There is no such agent."));
		return new PublicAgent(account, profile);
	}
}

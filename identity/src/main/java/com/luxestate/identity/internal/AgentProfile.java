package com.luxestate.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import com.luxestate.identity.AgentVerificationRejected;
import com.luxestate.identity.AgentVerificationRequested;
import com.luxestate.identity.AgentVerified;
import com.luxestate.identity.Permission;
import com.luxestate.identity.Role;
import com.luxestate.platform.ProblemException;

/**
 * An agent's professional profile. Saving it asks for verification again, because what
 * was verified (the license, the agency) may have changed; an admin approves or rejects
 * the request with a note.
 */
@Table(schema = "identity", name = "agent_profile")
class AgentProfile extends AbstractAggregateRoot<AgentProfile> {

	@Id
	private final UUID agentId;

	private String licenseNumber;

	private String agencyName;

	private String bio;

	private String phone;

	private List<String> languages;

	private List<String> serviceAreas;

	private VerificationStatus verificationStatus;

	private String verificationNote;

	private Instant requestedAt;

	private Instant decidedAt;

	private UUID decidedBy;

	@Version
	private Integer version;

	AgentProfile(UUID agentId, String licenseNumber, String agencyName, String bio, String phone,
			List<String> languages, List<String> serviceAreas, VerificationStatus verificationStatus,
			String verificationNote, Instant requestedAt, Instant decidedAt, UUID decidedBy, Integer version) {
		this.agentId = agentId;
		this.licenseNumber = licenseNumber;
		this.agencyName = agencyName;
		this.bio = bio;
		this.phone = phone;
		this.languages = languages == null ? List.of() : languages;
		this.serviceAreas = serviceAreas == null ? List.of() : serviceAreas;
		this.verificationStatus = verificationStatus;
		this.verificationNote = verificationNote;
		this.requestedAt = requestedAt;
		this.decidedAt = decidedAt;
		this.decidedBy = decidedBy;
		this.version = version;
	}

	record Details(String licenseNumber, String agencyName, String bio, String phone, List<String> languages,
			List<String> serviceAreas) {
	}

	/**
	 * Whether people of this role keep an agent profile: those whose role grants
	 * {@code agents:profile} (agents, owners acting as agents, admins), as
	 * docs/permissions.md says. The permission decides, not a list of roles.
	 */
	static boolean isKeptBy(Role role) {
		return role.permissions().contains(Permission.AGENT_PROFILE_WRITE);
	}

	static AgentProfile create(UUID agentId, Details details, Instant now) {
		var profile = new AgentProfile(agentId, null, null, null, null, null, null, VerificationStatus.PENDING, null,
				now, null, null, null);
		profile.update(details, now);
		return profile;
	}

	void update(Details details, Instant now) {
		licenseNumber = details.licenseNumber().trim();
		agencyName = details.agencyName().trim();
		bio = details.bio();
		phone = details.phone();
		languages = details.languages() == null ? List.of() : List.copyOf(details.languages());
		serviceAreas = details.serviceAreas() == null ? List.of() : List.copyOf(details.serviceAreas());
		verificationStatus = VerificationStatus.PENDING;
		verificationNote = null;
		requestedAt = now;
		decidedAt = null;
		decidedBy = null;
		registerEvent(new AgentVerificationRequested(agentId, licenseNumber, agencyName, now));
	}

	void approve(String note, UUID adminId, Instant now) {
		decide(VerificationStatus.APPROVED, note, adminId, now);
		registerEvent(new AgentVerified(agentId, adminId, now));
	}

	void reject(String note, UUID adminId, Instant now) {
		decide(VerificationStatus.REJECTED, note, adminId, now);
		registerEvent(new AgentVerificationRejected(agentId, note, adminId, now));
	}

	private void decide(VerificationStatus decision, String note, UUID adminId, Instant now) {
		if (verificationStatus != VerificationStatus.PENDING) {
			throw ProblemException.conflict("There is no pending verification request for this agent.");
		}
		verificationStatus = decision;
		verificationNote = note;
		decidedAt = now;
		decidedBy = adminId;
	}

	public UUID agentId() {
		return agentId;
	}

	public String licenseNumber() {
		return licenseNumber;
	}

	public String agencyName() {
		return agencyName;
	}

	public String bio() {
		return bio;
	}

	public String phone() {
		return phone;
	}

	public List<String> languages() {
		return languages;
	}

	public List<String> serviceAreas() {
		return serviceAreas;
	}

	public VerificationStatus verificationStatus() {
		return verificationStatus;
	}

	public String verificationNote() {
		return verificationNote;
	}

	public Instant requestedAt() {
		return requestedAt;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public int version() {
		return version == null ? 0 : version;
	}

}

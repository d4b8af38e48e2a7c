package com.luxestate.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An agent profile as the module's services hand it out; the {@link AgentProfile}
 * aggregate stays in this package.
 *
 * @param version the aggregate's version, the ETag of the profile
 */
public record AgentProfileView(UUID agentId, String licenseNumber, String agencyName, @Nullable String bio,
		@Nullable String phone, List<String> languages, List<String> serviceAreas,
		VerificationStatus verificationStatus, @Nullable String verificationNote, Instant requestedAt,
		@Nullable Instant decidedAt, int version) {

	static AgentProfileView of(AgentProfile profile) {
		return new AgentProfileView(profile.agentId(), profile.licenseNumber(), profile.agencyName(), profile.bio(),
				profile.phone(), profile.languages(), profile.serviceAreas(), profile.verificationStatus(),
				profile.verificationNote(), profile.requestedAt(), profile.decidedAt(), profile.version());
	}
}

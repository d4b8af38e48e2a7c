package com.luxestate.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.Role;
import com.luxestate.identity.internal.AgentProfile;
import com.luxestate.identity.internal.SessionService;
import com.luxestate.identity.internal.UserAccount;

/** The JSON identity answers with; writable request bodies are declared next to the endpoints that take them. */
final class IdentityRepresentations {

	private IdentityRepresentations() {
	}

	record UserResponse(UUID id, String email, String firstName, String lastName, String phone, Role role,
			AccountStatus status, boolean emailVerified, Instant createdAt) {

		static UserResponse of(UserAccount account) {
			return new UserResponse(account.id(), account.email(), account.firstName(), account.lastName(),
					account.phone(), account.role(), account.status(), account.emailVerified(), account.createdAt());
		}
	}

	record CurrentUserResponse(UUID id, String email, String firstName, String lastName, String phone, Role role,
			AccountStatus status, boolean emailVerified, Instant createdAt, List<String> permissions) {
	}

	/** What admins see: the user plus why they were suspended. */
	record AdministeredUserResponse(UUID id, String email, String firstName, String lastName, String phone, Role role,
			AccountStatus status, boolean emailVerified, Instant createdAt, String suspensionReason) {

		static AdministeredUserResponse of(UserAccount account) {
			return new AdministeredUserResponse(account.id(), account.email(), account.firstName(),
					account.lastName(), account.phone(), account.role(), account.status(), account.emailVerified(),
					account.createdAt(), account.suspensionReason());
		}
	}

	record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {

		static TokenResponse of(SessionService.TokenPair tokens) {
			return new TokenResponse(tokens.accessToken(), tokens.refreshToken(), "Bearer", tokens.expiresIn());
		}
	}

	record AgentProfileResponse(UUID agentId, String licenseNumber, String agencyName, String bio, String phone,
			List<String> languages, List<String> serviceAreas, AgentProfile.VerificationStatus verificationStatus,
			String verificationNote, Instant requestedAt, Instant decidedAt, int version) {

		static AgentProfileResponse of(AgentProfile profile) {
			return new AgentProfileResponse(profile.agentId(), profile.licenseNumber(), profile.agencyName(),
					profile.bio(), profile.phone(), profile.languages(), profile.serviceAreas(),
					profile.verificationStatus(), profile.verificationNote(), profile.requestedAt(),
					profile.decidedAt(), profile.version());
		}
	}

	/** The public face of an agent: no email, no verification note. */
	record PublicAgentResponse(UUID id, String displayName, String agencyName, String licenseNumber, String bio,
			String phone, List<String> languages, List<String> serviceAreas, boolean verified,
			AgentProfile.VerificationStatus verificationStatus) {
	}
}

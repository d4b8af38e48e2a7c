package com.luxestate.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.Role;
import com.luxestate.identity.internal.AgentProfileView;
import com.luxestate.identity.internal.SessionService;
import com.luxestate.identity.internal.UserAccountView;
import com.luxestate.identity.internal.VerificationStatus;

/**
 * The JSON identity answers with; writable request bodies are declared next to the
 * endpoints that take them.
 */
final class IdentityRepresentations {

	private IdentityRepresentations() {
	}

	record UserResponse(@Schema(example = "3f1c2d4e-8a9b-4c1d-9e2f-1a2b3c4d5e6f") UUID id,
			@Schema(example = "ana.silva@example.com") String email, @Schema(example = "Ana") String firstName,
			@Schema(example = "Silva") String lastName, @Schema(example = "+351 912 345 678") @Nullable String phone,
			Role role, AccountStatus status, boolean emailVerified,
			@Schema(example = "2026-03-01T10:15:30Z") Instant createdAt) {

		static UserResponse of(UserAccountView account) {
			return new UserResponse(account.id(), account.email(), account.firstName(), account.lastName(),
					account.phone(), account.role(), account.status(), account.emailVerified(), account.createdAt());
		}
	}

	record CurrentUserResponse(UUID id, @Schema(example = "ana.silva@example.com") String email, String firstName,
			String lastName, @Nullable String phone, Role role, AccountStatus status, boolean emailVerified,
			Instant createdAt, @Schema(example = "[\"listings:read\", \"listings:write\"]") List<String> permissions) {
	}

	/** What admins see: the user plus why they were suspended. */
	record AdministeredUserResponse(UUID id, String email, String firstName, String lastName, @Nullable String phone,
			Role role, AccountStatus status, boolean emailVerified, Instant createdAt,
			@Nullable String suspensionReason) {

		static AdministeredUserResponse of(UserAccountView account) {
			return new AdministeredUserResponse(account.id(), account.email(), account.firstName(), account.lastName(),
					account.phone(), account.role(), account.status(), account.emailVerified(), account.createdAt(),
					account.suspensionReason());
		}
	}

	record TokenResponse(@Schema(example = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIzZjFjIn0.c2lnbmF0dXJl") String accessToken,
			@Schema(example = "q7VbK2xN9pLm4sT8wYz1A3cD5eF6gH0j") String refreshToken,
			@Schema(example = "Bearer") String tokenType,
			@Schema(description = "Seconds the access token is valid", example = "900") long expiresIn) {

		static TokenResponse of(SessionService.TokenPair tokens) {
			return new TokenResponse(tokens.accessToken(), tokens.refreshToken(), "Bearer", tokens.expiresIn());
		}
	}

	record AgentProfileResponse(UUID agentId, String licenseNumber, String agencyName, @Nullable String bio,
			@Nullable String phone, List<String> languages, List<String> serviceAreas,
			VerificationStatus verificationStatus, @Nullable String verificationNote, @Nullable Instant requestedAt,
			@Nullable Instant decidedAt, int version) {

		static AgentProfileResponse of(AgentProfileView profile) {
			return new AgentProfileResponse(profile.agentId(), profile.licenseNumber(), profile.agencyName(),
					profile.bio(), profile.phone(), profile.languages(), profile.serviceAreas(),
					profile.verificationStatus(), profile.verificationNote(), profile.requestedAt(),
					profile.decidedAt(), profile.version());
		}
	}

	/** The public face of an agent: no email, no verification note. */
	record PublicAgentResponse(UUID id, String displayName, String agencyName, String licenseNumber,
			@Nullable String bio, @Nullable String phone, List<String> languages, List<String> serviceAreas,
			boolean verified, VerificationStatus verificationStatus) {
	}

}

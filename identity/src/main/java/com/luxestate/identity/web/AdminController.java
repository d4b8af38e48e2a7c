package com.luxestate.identity.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.Role;
import com.luxestate.identity.internal.AgentVerification;
import com.luxestate.identity.internal.IdentityProblems;
import com.luxestate.identity.internal.UserAdministration;
import com.luxestate.identity.web.IdentityRepresentations.AdministeredUserResponse;
import com.luxestate.identity.web.IdentityRepresentations.AgentProfileResponse;
import com.luxestate.platform.Caller;
import com.luxestate.platform.IfMatch;
import com.luxestate.platform.Page;

/**
 * Account administration; every route needs the {@code users:manage} permission (admins
 * only).
 */
@RestController
@RequestMapping("/api/v1/admin")
@PreAuthorize("hasAuthority('users:manage')")
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration", description = "Users, suspensions, roles, agent verification (admins)")
class AdminController {

	record Reason(@NotBlank @Size(max = 1000) String reason) {
	}

	record RoleChange(@NotNull Role role) {
	}

	enum Decision {

		APPROVED, REJECTED

	}

	record VerificationDecision(@NotNull Decision decision, @Size(max = 2000) @Nullable String note) {
	}

	private final UserAdministration users;

	private final AgentVerification agents;

	AdminController(UserAdministration users, AgentVerification agents) {
		this.users = users;
		this.agents = agents;
	}

	@GetMapping("/users")
	@Operation(summary = "Users, newest first",
			description = "Filter by role, status and free text (email or name); keyset paging with nextCursor.")
	Page<AdministeredUserResponse> users(@RequestParam(required = false) Role role,
			@RequestParam(required = false) AccountStatus status,
			@RequestParam(name = "q", required = false) @Size(max = 200) String text,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(required = false) @Size(max = 200) String cursor) {
		return users.list(new UserAdministration.UserFilter(role, status, text), limit, cursor)
			.map(AdministeredUserResponse::of);
	}

	@GetMapping("/users/{userId}")
	@Operation(summary = "One user")
	AdministeredUserResponse user(@PathVariable UUID userId) {
		return AdministeredUserResponse.of(users.find(userId));
	}

	@PostMapping("/users/{userId}/suspend")
	@Operation(summary = "Suspend a user",
			description = "Their sessions end at once; access tokens stop working within a minute.")
	@ApiResponse(responseCode = "200", description = "The suspended user")
	@ApiResponse(responseCode = "409", description = "The user is suspended already, or is the caller.")
	AdministeredUserResponse suspend(@PathVariable UUID userId, @Valid @RequestBody Reason reason, Caller admin) {
		users.suspend(userId, reason.reason(), admin.userId());
		return AdministeredUserResponse.of(users.find(userId));
	}

	@PostMapping("/users/{userId}/reinstate")
	@Operation(summary = "Reinstate a suspended user")
	@ApiResponse(responseCode = "200", description = "The reinstated user")
	@ApiResponse(responseCode = "409", description = "The user is not suspended.")
	AdministeredUserResponse reinstate(@PathVariable UUID userId, @Valid @RequestBody Reason reason, Caller admin) {
		users.reinstate(userId, reason.reason(), admin.userId());
		return AdministeredUserResponse.of(users.find(userId));
	}

	@PostMapping("/users/{userId}/role")
	@Operation(summary = "Change a user's role",
			description = "Their sessions end, so that tokens with the old permissions stop working.")
	@ApiResponse(responseCode = "200", description = "The user with the new role")
	@ApiResponse(responseCode = "409", description = "The user is the caller: admins cannot change their own role.")
	AdministeredUserResponse changeRole(@PathVariable UUID userId, @Valid @RequestBody RoleChange change,
			Caller admin) {
		return AdministeredUserResponse.of(users.changeRole(userId, change.role(), admin.userId()));
	}

	@GetMapping("/agent-verifications")
	@Operation(summary = "Pending agent verification requests, oldest first",
			description = "Keyset paging with nextCursor.")
	Page<AgentProfileResponse> pendingVerifications(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(required = false) @Size(max = 200) String cursor) {
		return agents.pendingRequests(limit, cursor).map(AgentProfileResponse::of);
	}

	@PostMapping("/agents/{agentId}/verification")
	@PreAuthorize("hasAuthority('agents:verify')")
	@Operation(summary = "Approve or reject an agent's verification request",
			description = "Send the version you reviewed (the item's `version`) as If-Match: if the agent changed the profile since, the answer is 412.")
	@ApiResponse(responseCode = "200", description = "The decided profile")
	@ApiResponse(responseCode = "409", description = "There is no pending verification request for this agent.")
	AgentProfileResponse decide(@PathVariable UUID agentId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String reviewedVersion,
			@Valid @RequestBody VerificationDecision decision, Caller admin) {
		return AgentProfileResponse.of(agents.decide(agentId,
				IfMatch.requiredVersion(reviewedVersion, () -> agents.profileOf(agentId).version(),
						IdentityProblems::stale),
				decision.decision() == Decision.APPROVED, decision.note(), admin.userId()));
	}

}

package com.luxestate.identity.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.luxestate.identity.internal.AgentVerification;
import com.luxestate.identity.internal.IdentityProblems;
import com.luxestate.identity.internal.VerificationStatus;
import com.luxestate.identity.web.IdentityRepresentations.AgentProfileResponse;
import com.luxestate.identity.web.IdentityRepresentations.PublicAgentResponse;
import com.luxestate.platform.Caller;
import com.luxestate.platform.IfMatch;

@RestController
@RequestMapping("/api/v1/agents")
@Tag(name = "Agents", description = "Agent profiles and their verification status")
class AgentController {

	record AgentProfileRequest(@NotBlank @Size(max = 50) String licenseNumber,
			@NotBlank @Size(max = 200) String agencyName, @Size(max = 4000) @Nullable String bio,
			@Size(max = 30) @Nullable String phone,
			@Size(max = 20) @Nullable List<@NotBlank @Size(max = 40) String> languages,
			@Size(max = 50) @Nullable List<@NotBlank @Size(max = 100) String> serviceAreas) {
	}

	private final AgentVerification agents;

	AgentController(AgentVerification agents) {
		this.agents = agents;
	}

	@GetMapping("/me/profile")
	@PreAuthorize("hasAuthority('agents:profile')")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "The caller's agent profile and its verification status")
	ResponseEntity<AgentProfileResponse> ownProfile(Caller caller) {
		var profile = agents.profileOf(caller.userId());
		return ResponseEntity.ok().eTag(IfMatch.etagOf(profile.version())).body(AgentProfileResponse.of(profile));
	}

	@PutMapping("/me/profile")
	@PreAuthorize("hasAuthority('agents:profile')")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Create or replace the caller's agent profile",
			description = "Saving asks for verification (again). If-Match with a stale ETag is 412.")
	ResponseEntity<AgentProfileResponse> saveProfile(Caller caller,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody AgentProfileRequest request) {
		var profile = agents.saveProfile(caller.userId(),
				IfMatch.requiredVersion(ifMatch, () -> agents.profileOf(caller.userId()).version(),
						IdentityProblems::stale),
				new AgentVerification.ProfileDetails(request.licenseNumber(), request.agencyName(), request.bio(),
						request.phone(), request.languages(), request.serviceAreas()));
		return ResponseEntity.ok().eTag(IfMatch.etagOf(profile.version())).body(AgentProfileResponse.of(profile));
	}

	@GetMapping("/{agentId}")
	@Operation(summary = "An agent's public profile, with its verification status")
	PublicAgentResponse publicProfile(@PathVariable UUID agentId) {
		var agent = agents.publicProfile(agentId);
		var profile = agent.profile();
		return new PublicAgentResponse(agent.account().id(), agent.account().displayName(), profile.agencyName(),
				profile.licenseNumber(), profile.bio(), profile.phone(), profile.languages(), profile.serviceAreas(),
				profile.verificationStatus() == VerificationStatus.APPROVED, profile.verificationStatus());
	}

}

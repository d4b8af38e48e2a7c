package com.luxestate.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.luxestate.identity.internal.AccountService;
import com.luxestate.identity.internal.IdentityProblems;
import com.luxestate.identity.internal.SessionService;
import com.luxestate.identity.web.IdentityRepresentations.TokenResponse;
import com.luxestate.identity.web.IdentityRepresentations.UserResponse;
import com.luxestate.platform.Caller;
import com.luxestate.platform.IfMatch;

@RestController
@RequestMapping("/api/v1/users/me")
@SecurityRequirement(name = "bearer")
@Tag(name = "Own account", description = "The caller's profile, password and account")
class UserController {

	/**
	 * Only profile fields: role, status, email or ids in the body are unknown fields and
	 * a 400.
	 */
	record ProfilePatch(@Size(min = 1, max = 100) @PersonName @Nullable String firstName,
			@Size(min = 1, max = 100) @PersonName @Nullable String lastName,
			@Size(max = 30) @Pattern(regexp = "^$|^\\+?[0-9 ()./-]{5,30}$",
					message = "must be a phone number") @Nullable String phone) {
	}

	record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
	}

	private final AccountService accounts;

	private final SessionService sessions;

	UserController(AccountService accounts, SessionService sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping
	@Operation(summary = "The caller's profile", description = "The ETag is the version to send in If-Match.")
	ResponseEntity<UserResponse> profile(Caller caller) {
		var account = accounts.profile(caller.userId());
		return ResponseEntity.ok().eTag(IfMatch.etagOf(account.version())).body(UserResponse.of(account));
	}

	@PatchMapping
	@Operation(summary = "Change profile fields",
			description = "Absent fields stay as they are; an empty phone removes it. If-Match with a stale ETag is 412.")
	ResponseEntity<UserResponse> updateProfile(Caller caller,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ProfilePatch patch) {
		var account = accounts.updateProfile(caller.userId(),
				IfMatch.requiredVersion(ifMatch, () -> accounts.profile(caller.userId()).version(),
						IdentityProblems::stale),
				new AccountService.ProfileChange(patch.firstName(), patch.lastName(), patch.phone()));
		return ResponseEntity.ok().eTag(IfMatch.etagOf(account.version())).body(UserResponse.of(account));
	}

	@PostMapping("/password")
	@Operation(summary = "Change the password",
			description = "Needs the current password. Every other session ends; the answer is a new session for this client.")
	@ApiResponse(responseCode = "200", description = "A new session for this client")
	@ApiResponse(responseCode = "429", description = "Too many wrong current passwords; see Retry-After.")
	TokenResponse changePassword(Caller caller, @Valid @RequestBody PasswordChange change, HttpServletRequest http) {
		var account = accounts.changePassword(caller.userId(), change.currentPassword(), change.newPassword(),
				http.getRemoteAddr());
		return TokenResponse.of(sessions.startSession(account.id()));
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete the account",
			description = "The account is anonymized and every session ends; other modules erase what they hold.")
	void delete(Caller caller) {
		accounts.deleteAccount(caller.userId());
	}

}

package com.luxestate.identity.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.luxestate.identity.Role;
import com.luxestate.identity.internal.AccountService;
import com.luxestate.identity.internal.SessionService;
import com.luxestate.identity.web.IdentityRepresentations.CurrentUserResponse;
import com.luxestate.identity.web.IdentityRepresentations.TokenResponse;
import com.luxestate.identity.web.IdentityRepresentations.UserResponse;
import com.luxestate.platform.Caller;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Registration, login, sessions, email verification, password recovery")
class AuthController {

	record RegisterRequest(@Schema(example = "ana.silva@example.com") @NotBlank @Email @Size(max = 254) String email,
			@Schema(example = "a long and unusual passphrase") @NotNull String password,
			@Schema(example = "Ana") @NotBlank @Size(max = 100) @PersonName String firstName,
			@Schema(example = "Silva") @NotBlank @Size(max = 100) @PersonName String lastName,
			@Schema(example = "+351 912 345 678") @Size(max = 30) @Pattern(regexp = "^\\+?[0-9 ()./-]{5,30}$",
					message = "must be a phone number") @Nullable String phone,
			@Schema(description = "BUYER when left out") @Nullable Role role) {
	}

	record LoginRequest(@Schema(example = "ana.silva@example.com") @NotBlank @Size(max = 254) String email,
			@Schema(example = "a long and unusual passphrase") @NotNull @Size(max = 1024) String password) {
	}

	record RefreshTokenRequest(@NotBlank @Size(max = 200) String refreshToken) {
	}

	record TokenRequest(@NotBlank @Size(max = 200) String token) {
	}

	record ForgotPasswordRequest(@NotNull @Size(max = 254) String email) {
	}

	record ResetPasswordRequest(@NotBlank @Size(max = 200) String token, @NotNull String newPassword) {
	}

	private final AccountService accounts;

	private final SessionService sessions;

	AuthController(AccountService accounts, SessionService sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@PostMapping("/register")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an account",
			description = "Role BUYER (default), RENTER, OWNER or AGENT; 409 if the email is taken. A verification mail is sent. 429 with Retry-After after too many registrations from the client or for the email.")
	@ApiResponse(responseCode = "201", description = "The new account")
	@ApiResponse(responseCode = "409", description = "An account has this email already.")
	@ApiResponse(responseCode = "429", description = "Too many registrations from this client or for this email.")
	ResponseEntity<UserResponse> register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
		var account = accounts.register(new AccountService.Registration(request.email(), request.password(),
				request.firstName(), request.lastName(), request.phone(), request.role()), http.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/v1/users/me")).body(UserResponse.of(account));
	}

	@PostMapping("/login")
	@Operation(summary = "Log in",
			description = "The same 401 for an unknown email and a wrong password; 429 with Retry-After after too many failures.")
	@ApiResponse(responseCode = "200", description = "A new session")
	@ApiResponse(responseCode = "401", description = "Unknown email or wrong password.")
	@ApiResponse(responseCode = "403", description = "The account is suspended.")
	@ApiResponse(responseCode = "429",
			description = "Too many failed logins from this client, or from it at this account; see Retry-After.")
	TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		return TokenResponse.of(sessions.login(request.email(), request.password(), http.getRemoteAddr()));
	}

	@PostMapping("/refresh")
	@Operation(summary = "Exchange a refresh token for a new token pair",
			description = "The presented refresh token stops working. Presenting an already used one is 401 and ends that session.")
	@ApiResponse(responseCode = "200", description = "A new token pair")
	@ApiResponse(responseCode = "401", description = "Unknown, expired or already used refresh token.")
	TokenResponse refresh(@Valid @RequestBody RefreshTokenRequest request) {
		return TokenResponse.of(sessions.refresh(request.refreshToken()));
	}

	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End the session the refresh token belongs to")
	void logout(@Valid @RequestBody RefreshTokenRequest request) {
		sessions.logout(request.refreshToken());
	}

	@PostMapping("/logout-all")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "End every session of the caller",
			description = "Access tokens already issued stop working within a minute.")
	void logoutEverywhere(Caller caller) {
		sessions.logoutEverywhere(caller.userId());
	}

	@GetMapping("/me")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "The caller's account and permissions")
	CurrentUserResponse me(Caller caller) {
		var account = accounts.profile(caller.userId());
		return new CurrentUserResponse(account.id(), account.email(), account.firstName(), account.lastName(),
				account.phone(), account.role(), account.status(), account.emailVerified(), account.createdAt(),
				account.role().authorities());
	}

	@PostMapping("/email/verify")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Verify the email address with the token from the verification mail")
	void verifyEmail(@Valid @RequestBody TokenRequest request) {
		accounts.verifyEmail(request.token());
	}

	@PostMapping("/email/resend")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Send the verification mail again",
			description = "429 with Retry-After after too many from the client or for the account.")
	@ApiResponse(responseCode = "202", description = "The mail is on its way")
	@ApiResponse(responseCode = "409", description = "The email address is verified already.")
	@ApiResponse(responseCode = "429", description = "Too many resends from this client or for this account.")
	void resendVerification(Caller caller, HttpServletRequest http) {
		accounts.resendVerification(caller.userId(), http.getRemoteAddr());
	}

	@PostMapping("/password/forgot")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Ask for a password reset mail",
			description = "202 whether or not an account has this email; 429 with Retry-After, also either way, after too many from the client or for the email.")
	@ApiResponse(responseCode = "202", description = "If an account has this email, a reset mail is on its way")
	@ApiResponse(responseCode = "429",
			description = "Too many reset mails asked for from this client or for this email.")
	void forgotPassword(@Valid @RequestBody ForgotPasswordRequest request, HttpServletRequest http) {
		accounts.forgotPassword(request.email(), http.getRemoteAddr());
	}

	@PostMapping("/password/reset")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set a new password with the token from the reset mail",
			description = "Ends every session of the user.")
	void resetPassword(@Valid @RequestBody ResetPasswordRequest request) {
		accounts.resetPassword(request.token(), request.newPassword());
	}

}

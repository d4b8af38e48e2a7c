package com.luxestate.app.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.luxestate.platform.ProblemException;

/**
 * Test-only endpoints that exercise the cross-cutting HTTP behaviour before real modules
 * have controllers.
 */
@RestController
@RequestMapping("/api/v1/probe")
class ProbeController {

	record Draft(@NotBlank @Size(max = 120) String title, @Positive long price) {
	}

	@PostMapping("/drafts")
	@ResponseStatus(HttpStatus.CREATED)
	Draft create(@Valid @RequestBody Draft draft) {
		return draft;
	}

	@GetMapping("/items")
	Map<String, Integer> items(@RequestParam(defaultValue = "20") @Max(100) int limit) {
		return Map.of("limit", limit);
	}

	@GetMapping("/me")
	Map<String, String> me(@AuthenticationPrincipal Jwt token) {
		return Map.of("subject", token.getSubject());
	}

	@GetMapping("/admin")
	@PreAuthorize("hasAuthority('users:manage')")
	Map<String, String> admin() {
		return Map.of("admin", "yes");
	}

	/** A problem as a module raises it, of each kind whose rendering adds something. */
	@GetMapping("/problems/{kind}")
	Map<String, String> problem(@org.springframework.web.bind.annotation.PathVariable String kind) {
		throw switch (kind) {
			case "invalid" -> ProblemException.invalid("The request has invalid fields.",
					List.of(new ProblemException.FieldError("title", "must not be blank")));
			case "unauthorized" -> ProblemException.unauthorized("The refresh token is no longer valid.");
			case "throttled" -> ProblemException.tooManyRequests("Too many attempts.", Duration.ofMillis(1500));
			default -> ProblemException.notFound("There is no such probe.");
		};
	}

	@GetMapping("/failure")
	Map<String, String> failure() {
		throw new IllegalStateException(
				"ERROR: duplicate key value violates unique constraint \"users_email_key\" in SELECT * FROM identity.users");
	}

	@PostMapping("/concurrent-change")
	Map<String, String> concurrentChange(@RequestParam(defaultValue = "false") boolean wrapped) {
		var lost = new OptimisticLockingFailureException("version 3 of aggregate ProbeAggregate is stale");
		throw wrapped ? new IllegalStateException("Failed to execute DbAction.UpdateRoot", lost) : lost;
	}

	@PostMapping("/uploads")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Long> upload(@RequestPart("file") MultipartFile file) {
		return Map.of("size", file.getSize());
	}

}

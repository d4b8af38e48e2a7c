package com.luxestate.platform;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The stable kinds of error the API answers with, each with its own {@code type} URI (RFC 9457). Frontends may
 * switch on these URIs; they are documented in {@code docs/problems.md} and never change meaning. Every module
 * raises them through {@link ProblemException}; the application renders them.
 */
public enum ProblemType {

	MALFORMED_REQUEST("malformed-request", "Malformed request", HttpStatus.BAD_REQUEST),
	VALIDATION_FAILED("validation-failed", "Validation failed", HttpStatus.BAD_REQUEST),
	UNAUTHORIZED("unauthorized", "Authentication required", HttpStatus.UNAUTHORIZED),
	FORBIDDEN("forbidden", "Not allowed", HttpStatus.FORBIDDEN),
	NOT_FOUND("not-found", "Not found", HttpStatus.NOT_FOUND),
	METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED),
	NOT_ACCEPTABLE("not-acceptable", "Not acceptable", HttpStatus.NOT_ACCEPTABLE),
	CONFLICT("conflict", "Conflict with the current state", HttpStatus.CONFLICT),
	PRECONDITION_FAILED("precondition-failed", "Precondition failed", HttpStatus.PRECONDITION_FAILED),
	PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", HttpStatus.CONTENT_TOO_LARGE),
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	UNPROCESSABLE("unprocessable", "Semantically invalid request", HttpStatus.UNPROCESSABLE_CONTENT),
	TOO_MANY_REQUESTS("too-many-requests", "Too many requests", HttpStatus.TOO_MANY_REQUESTS),
	INTERNAL_ERROR("internal-error", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR),
	SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", HttpStatus.SERVICE_UNAVAILABLE);

	public static final String BASE_URI = "https://api.luxestate.dev/problems/";

	private final URI type;
	private final String title;
	private final HttpStatus status;

	ProblemType(String slug, String title, HttpStatus status) {
		this.type = URI.create(BASE_URI + slug);
		this.title = title;
		this.status = status;
	}

	public URI type() {
		return type;
	}

	public String title() {
		return title;
	}

	public HttpStatus status() {
		return status;
	}

	/** A problem of this kind, with a detail written for the caller about this occurrence. */
	public ProblemDetail problem(String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

	/** The kind for a status a handler or a module chose without naming a kind. */
	public static ProblemType forStatus(HttpStatusCode status) {
		for (var candidate : values()) {
			if (candidate != VALIDATION_FAILED && candidate.status.value() == status.value()) {
				return candidate;
			}
		}
		return status.is4xxClientError() ? MALFORMED_REQUEST : INTERNAL_ERROR;
	}
}

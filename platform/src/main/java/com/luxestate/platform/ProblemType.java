package com.luxestate.platform;

import java.net.URI;

/**
 * The stable kinds of error the API answers with, each with its own {@code type} URI (RFC
 * 9457). Frontends may switch on these URIs; they are documented in
 * {@code docs/problems.md} and never change meaning. Every module raises them through
 * {@link ProblemException}; the application renders them. Free of Spring, so that domain
 * code can name them without speaking HTTP.
 */
public enum ProblemType {

	MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
	VALIDATION_FAILED("validation-failed", "Validation failed", 400),
	UNAUTHORIZED("unauthorized", "Authentication required", 401), FORBIDDEN("forbidden", "Not allowed", 403),
	NOT_FOUND("not-found", "Not found", 404), METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
	NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
	CONFLICT("conflict", "Conflict with the current state", 409),
	PRECONDITION_FAILED("precondition-failed", "Precondition failed", 412),
	PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
	UNPROCESSABLE("unprocessable", "Semantically invalid request", 422),
	TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
	INTERNAL_ERROR("internal-error", "Internal error", 500),
	SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503);

	public static final String BASE_URI = "https://api.luxestate.dev/problems/";

	private final URI type;

	private final String title;

	private final int status;

	ProblemType(String slug, String title, int status) {
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

	/** The HTTP status code this kind is answered with. */
	public int status() {
		return status;
	}

	/** The kind for a status a handler or a module chose without naming a kind. */
	public static ProblemType forStatus(int status) {
		for (var candidate : values()) {
			if (candidate != VALIDATION_FAILED && candidate.status == status) {
				return candidate;
			}
		}
		return status >= 400 && status < 500 ? MALFORMED_REQUEST : INTERNAL_ERROR;
	}

}

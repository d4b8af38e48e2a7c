package com.luxestate.platform;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponseException;

/**
 * How a module says a request cannot be served: a problem of one of the stable {@link ProblemType}s, with a
 * detail written for the caller. Raised in services (where ownership and state are checked), rendered by the
 * application as {@code application/problem+json}.
 */
public class ProblemException extends ErrorResponseException {

	private ProblemException(ProblemType type, String detail, HttpHeaders headers) {
		super(type.status(), type.problem(detail), null);
		getHeaders().addAll(headers);
	}

	public static ProblemException of(ProblemType type, String detail) {
		return new ProblemException(type, detail, HttpHeaders.EMPTY);
	}

	/** 400 with one entry per offending field or parameter. */
	public static ProblemException invalid(String detail, List<FieldError> errors) {
		var exception = of(ProblemType.VALIDATION_FAILED, detail);
		exception.getBody().setProperty("errors", errors);
		return exception;
	}

	public static ProblemException invalid(String field, String message) {
		return invalid("The request is invalid.", List.of(new FieldError(field, message)));
	}

	/** 404: also for things that exist but the caller may not know about. */
	public static ProblemException notFound(String detail) {
		return of(ProblemType.NOT_FOUND, detail);
	}

	public static ProblemException conflict(String detail) {
		return of(ProblemType.CONFLICT, detail);
	}

	public static ProblemException forbidden(String detail) {
		return of(ProblemType.FORBIDDEN, detail);
	}

	public static ProblemException unauthorized(String detail) {
		var headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return new ProblemException(ProblemType.UNAUTHORIZED, detail, headers);
	}

	public static ProblemException preconditionFailed(String detail) {
		return of(ProblemType.PRECONDITION_FAILED, detail);
	}

	/** 429 with {@code Retry-After} in whole seconds, never less than one. */
	public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
		var headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
		return new ProblemException(ProblemType.TOO_MANY_REQUESTS, detail, headers);
	}

	/** One entry of a validation problem's {@code errors}: the offending field (or parameter) and what is wrong. */
	public record FieldError(String field, String message) {
	}
}

package com.luxestate.platform;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a module says a request cannot be served: a problem of one of the stable
 * {@link ProblemType}s, with a detail written for the caller. Raised by aggregates and
 * services (where ownership and state are checked) without any HTTP in them; the
 * application renders it as {@code application/problem+json}, in one place.
 */
public class ProblemException extends RuntimeException {

	private final ProblemType type;

	private final List<FieldError> errors;

	private final @Nullable Duration retryAfter;

	private ProblemException(ProblemType type, String detail, List<FieldError> errors, @Nullable Duration retryAfter) {
		super(detail);
		this.type = type;
		this.errors = List.copyOf(errors);
		this.retryAfter = retryAfter;
	}

	public static ProblemException of(ProblemType type, String detail) {
		return new ProblemException(type, detail, List.of(), null);
	}

	/** 400 with one entry per offending field or parameter. */
	public static ProblemException invalid(String detail, List<FieldError> errors) {
		return new ProblemException(ProblemType.VALIDATION_FAILED, detail, errors, null);
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

	/** 401; rendered with {@code WWW-Authenticate: Bearer}. */
	public static ProblemException unauthorized(String detail) {
		return of(ProblemType.UNAUTHORIZED, detail);
	}

	public static ProblemException preconditionFailed(String detail) {
		return of(ProblemType.PRECONDITION_FAILED, detail);
	}

	/** 429; rendered with {@code Retry-After} in whole seconds, never less than one. */
	public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
		return new ProblemException(ProblemType.TOO_MANY_REQUESTS, detail, List.of(), retryAfter);
	}

	public ProblemType type() {
		return type;
	}

	/** The HTTP status code of its {@link #type()}. */
	public int status() {
		return type.status();
	}

	/** What went wrong, for the caller. */
	public String detail() {
		return getMessage();
	}

	/** The offending fields of a validation problem; empty for other kinds. */
	public List<FieldError> errors() {
		return errors;
	}

	/**
	 * When the caller may try again, in whole seconds (never less than one); {@code null}
	 * when not said.
	 */
	public @Nullable Long retryAfterSeconds() {
		return retryAfter == null ? null : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

	/**
	 * One entry of a validation problem's {@code errors}: the offending field (or
	 * parameter) and what is wrong.
	 */
	public record FieldError(String field, String message) {
	}

}

package com.luxestate.listings.internal;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import com.luxestate.listings.internal.ListingRules.FieldProblem;

/**
 * The errors the listings module answers with. The application gives each status its stable problem type
 * (docs/problems.md); only validation problems name their type here, because they carry {@code errors}.
 */
public final class ListingProblems {

	static final URI VALIDATION_FAILED = URI.create("https://api.luxestate.dev/problems/validation-failed");

	private ListingProblems() {
	}

	public static ErrorResponseException invalid(List<FieldProblem> problems) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
		problem.setType(VALIDATION_FAILED);
		problem.setTitle("Validation failed");
		problem.setProperty("errors", List.copyOf(problems));
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	public static ErrorResponseException invalid(String field, String message) {
		return invalid(List.of(new FieldProblem(field, message)));
	}

	/** Also the answer for listings that exist but the caller may not know of (others' drafts). */
	public static ErrorResponseException notFound() {
		return of(HttpStatus.NOT_FOUND, "There is no such listing.");
	}

	public static ErrorResponseException imageNotFound() {
		return of(HttpStatus.NOT_FOUND, "The listing has no such image.");
	}

	public static ErrorResponseException conflict(String detail) {
		return of(HttpStatus.CONFLICT, detail);
	}

	public static ErrorResponseException stale() {
		return of(HttpStatus.PRECONDITION_FAILED,
				"The listing has changed since you read it; read it again and reapply your change.");
	}

	public static ErrorResponseException forbidden(String detail) {
		return of(HttpStatus.FORBIDDEN, detail);
	}

	public static ErrorResponseException tooLarge(String detail) {
		return of(HttpStatus.CONTENT_TOO_LARGE, detail);
	}

	public static ErrorResponseException unsupportedMedia(String detail) {
		return of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
	}

	private static ErrorResponseException of(HttpStatus status, String detail) {
		return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
	}
}

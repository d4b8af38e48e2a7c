package com.luxestate.listings.internal;

import java.util.List;

import com.luxestate.platform.ProblemException;
import com.luxestate.platform.ProblemException.FieldError;
import com.luxestate.platform.ProblemType;

/** The problems the listings module answers with, worded once for every place that raises them. */
public final class ListingProblems {

	private ListingProblems() {
	}

	public static ProblemException invalid(List<FieldError> errors) {
		return ProblemException.invalid("The request has invalid fields.", errors);
	}

	public static ProblemException invalid(String field, String message) {
		return invalid(List.of(new FieldError(field, message)));
	}

	/** Also the answer for listings that exist but the caller may not know of (others' drafts). */
	public static ProblemException notFound() {
		return ProblemException.notFound("There is no such listing.");
	}

	public static ProblemException imageNotFound() {
		return ProblemException.notFound("The listing has no such image.");
	}

	public static ProblemException conflict(String detail) {
		return ProblemException.conflict(detail);
	}

	public static ProblemException stale() {
		return ProblemException.preconditionFailed(
				"The listing has changed since you read it; read it again and reapply your change.");
	}

	public static ProblemException forbidden(String detail) {
		return ProblemException.forbidden(detail);
	}

	public static ProblemException tooLarge(String detail) {
		return ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, detail);
	}

	public static ProblemException unprocessable(String detail) {
		return ProblemException.of(ProblemType.UNPROCESSABLE, detail);
	}

	public static ProblemException unsupportedMedia(String detail) {
		return ProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
	}
}

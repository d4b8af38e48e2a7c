package com.luxestate.listings.internal;

import java.util.List;

import com.luxestate.platform.ProblemException;
import com.luxestate.platform.ProblemException.FieldError;
import com.luxestate.platform.ProblemType;

/**
 * The problems listings raises in more than one place, worded once; a problem raised in
 * one place only is written there, with {@link ProblemException}'s factories.
 */
public final class ListingProblems {

	private ListingProblems() {
	}

	public static ProblemException invalid(List<FieldError> errors) {
		return ProblemException.invalid("The request has invalid fields.", errors);
	}

	public static ProblemException invalid(String field, String message) {
		return invalid(List.of(new FieldError(field, message)));
	}

	/**
	 * Also the answer for listings that exist but the caller may not know of (others'
	 * drafts).
	 */
	public static ProblemException notFound() {
		return ProblemException.notFound("There is no such listing.");
	}

	public static ProblemException imageNotFound() {
		return ProblemException.notFound("The listing has no such image.");
	}

	public static ProblemException imageTooLarge() {
		return ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, "An image may be at most 15 MB.");
	}

	public static ProblemException stale() {
		return ProblemException
			.preconditionFailed("The listing has changed since you read it; read it again and reapply your change.");
	}

}

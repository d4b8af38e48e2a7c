package com.luxestate.identity.internal;

import com.luxestate.platform.ProblemException;

/**
 * The problems identity raises in more than one place, worded once; a problem raised in
 * one place only is written there, with {@link ProblemException}'s factories.
 */
public final class IdentityProblems {

	private IdentityProblems() {
	}

	/** Also the answer for accounts that exist but are deleted. */
	static ProblemException noSuchUser() {
		return ProblemException.notFound("There is no such user.");
	}

	/**
	 * {@code If-Match} names a version of the caller's account or profile that is no
	 * longer current.
	 */
	public static ProblemException stale() {
		return ProblemException.preconditionFailed("It was changed since you read it.");
	}

	static ProblemException staleProfile() {
		return ProblemException.preconditionFailed("The profile was changed since you read it.");
	}

	static ProblemException refreshTokenNoLongerValid() {
		return ProblemException.unauthorized("The refresh token is no longer valid.");
	}

	/** A mailed token (email verification, password reset) that cannot be used. */
	static ProblemException unusableToken() {
		return ProblemException.invalid("token", "is invalid, used or expired");
	}

}

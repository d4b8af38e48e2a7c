package com.luxestate.identity.web;

import java.util.function.IntSupplier;

import com.luxestate.platform.IfMatch;
import com.luxestate.platform.ProblemException;

/** ETags of mutable resources are their version; {@code If-Match} must name the current one ({@link IfMatch}). */
final class Versions {

	private Versions() {
	}

	static String etag(int version) {
		return IfMatch.etagOf(version);
	}

	/**
	 * The version {@code If-Match} requires, or null when there is no precondition.
	 *
	 * @param currentVersion reads the resource's current version; called only when the header lists several
	 */
	static Integer fromIfMatch(String ifMatch, IntSupplier currentVersion) {
		var version = IfMatch.requiredVersion(ifMatch, currentVersion::getAsInt,
				() -> ProblemException.preconditionFailed("It was changed since you read it."));
		return version == null ? null : Math.toIntExact(version);
	}
}

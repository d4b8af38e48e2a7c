package com.luxestate.listings.web;

import java.util.function.LongSupplier;

import com.luxestate.listings.internal.ListingProblems;
import com.luxestate.platform.IfMatch;

/** A listing's ETag is its aggregate version, as a strong entity tag ({@code "7"}); see {@link IfMatch}. */
final class ETags {

	private ETags() {
	}

	static String of(long version) {
		return IfMatch.etagOf(version);
	}

	/** @see IfMatch#requiredVersion */
	static Long requiredVersion(String ifMatch, LongSupplier currentVersion) {
		return IfMatch.requiredVersion(ifMatch, currentVersion, ListingProblems::stale);
	}
}

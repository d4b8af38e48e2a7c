package com.luxestate.listings.web;

import com.luxestate.platform.ProblemException;

/** A listing's ETag is its aggregate version; {@code If-Match} names the version a change was based on. */
final class ETags {

	private ETags() {
	}

	static String of(long version) {
		return "\"" + version + "\"";
	}

	/** The version {@code If-Match} expects, or {@code null} when there is no precondition ({@code *} or none). */
	static Long expectedVersion(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		var tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		try {
			return Long.valueOf(tag.replace("\"", ""));
		}
		catch (NumberFormatException ex) {
			// A tag we never issued cannot match the current version.
			throw ProblemException.preconditionFailed("If-Match does not name a version of this listing.");
		}
	}
}

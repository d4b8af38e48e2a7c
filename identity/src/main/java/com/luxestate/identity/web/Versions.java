package com.luxestate.identity.web;

import com.luxestate.platform.ProblemException;

/** ETags of mutable resources are their version; {@code If-Match} must name the current one. */
final class Versions {

	private Versions() {
	}

	static String etag(int version) {
		return "\"" + version + "\"";
	}

	/** The version an {@code If-Match} header names, or null when there is none. */
	static Integer fromIfMatch(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
			return null;
		}
		var value = ifMatch.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw ProblemException.preconditionFailed("If-Match does not name a version of this resource.");
		}
	}
}

package com.luxestate.listings.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import com.luxestate.listings.internal.ListingProblems;
import com.luxestate.platform.ProblemException;

/**
 * A listing's ETag is its aggregate version, as a strong entity tag ({@code "7"}). {@code If-Match} is evaluated as
 * RFC 9110 (section 13.1.1) says: {@code *} matches any listing that exists; a list of entity tags matches when one
 * of them is the current tag by strong comparison, so a weak tag ({@code W/"7"}) never matches.
 */
final class ETags {

	private static final Pattern VERSION = Pattern.compile("[0-9]{1,18}");

	private ETags() {
	}

	static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version a change must be made to, for the service to compare with the version it changes: {@code null}
	 * without a precondition (no {@code If-Match}, or {@code *}), the one version a single entity tag names, or,
	 * when a list names several, the current version if it is among them.
	 *
	 * @param currentVersion reads the listing's current version; called only for a list of several versions
	 * @throws ProblemException 412 when no entity tag of {@code If-Match} can match
	 */
	static Long requiredVersion(String ifMatch, LongSupplier currentVersion) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		var versions = strongVersions(ifMatch);
		if (versions.isEmpty()) {
			throw ProblemException.preconditionFailed(
					"If-Match names no version of this listing: send the ETag you read, such as \"7\" (weak tags never match).");
		}
		if (versions.size() == 1) {
			return versions.iterator().next();
		}
		var current = currentVersion.getAsLong();
		if (versions.contains(current)) {
			return current;
		}
		throw ListingProblems.stale();
	}

	/**
	 * The versions the strong entity tags of an {@code If-Match} list name. Weak tags, and tags this API never issues,
	 * name none; a value that is not a list of entity tags (an unquoted {@code 7}) names none either.
	 */
	static Set<Long> strongVersions(String ifMatch) {
		var versions = new LinkedHashSet<Long>();
		var position = 0;
		while (position < ifMatch.length()) {
			var next = ifMatch.charAt(position);
			if (next == ',' || next == ' ' || next == '\t') {
				position++;
				continue;
			}
			var weak = ifMatch.startsWith("W/", position);
			var open = weak ? position + 2 : position;
			var close = open < ifMatch.length() && ifMatch.charAt(open) == '"' ? ifMatch.indexOf('"', open + 1) : -1;
			if (close < 0) {
				return Set.of();
			}
			var opaque = ifMatch.substring(open + 1, close);
			if (!weak && VERSION.matcher(opaque).matches()) {
				versions.add(Long.valueOf(opaque));
			}
			position = close + 1;
			while (position < ifMatch.length() && (ifMatch.charAt(position) == ' ' || ifMatch.charAt(position) == '\t')) {
				position++;
			}
			if (position < ifMatch.length() && ifMatch.charAt(position) != ',') {
				return Set.of();
			}
		}
		return versions;
	}
}

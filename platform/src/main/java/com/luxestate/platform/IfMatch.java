package com.luxestate.platform;

import java.util.LinkedHashSet;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.http.ETag;

/**
 * {@code If-Match} on a resource whose ETag is its version as a strong entity tag
 * ({@code "7"}), evaluated as RFC 9110 (section 13.1.1) says: {@code *} matches any
 * resource that exists; a list of entity tags matches when one of them is the current tag
 * by strong comparison, so a weak tag ({@code W/"7"}) never matches; a blank value,
 * {@code W/*} or {@code **} is neither and matches nothing. Spring's parser reads the
 * header.
 */
public final class IfMatch {

	private static final Pattern VERSION = Pattern.compile("[0-9]{1,18}");

	/**
	 * A list of entity tags as RFC 9110 writes it (empty elements allowed). Spring's
	 * parser skips what it cannot read ({@code "7"junk}, {@code junk, "7"}), which would
	 * let a malformed header pass as a precondition.
	 */
	private static final Pattern ENTITY_TAG_LIST = Pattern
		.compile("\\s*+(?:(?:W/)?\"[^\"]*\")?\\s*+(?:,\\s*+(?:(?:W/)?\"[^\"]*\")?\\s*+)*");

	private IfMatch() {
	}

	/** The ETag of a resource at this version. */
	public static String etagOf(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version a change must be made to, for the service to compare with the version
	 * it changes: {@code null} without a precondition (no {@code If-Match}, or exactly
	 * {@code *}), the one version a single entity tag names, or, when a list names
	 * several, the current version if it is among them.
	 * @param currentVersion reads the resource's current version; called only for a list
	 * of several versions
	 * @param stale the problem to answer when the list names versions, but not the
	 * current one
	 * @throws ProblemException 412 when no entity tag of {@code If-Match} can match
	 */
	public static Long requiredVersion(String ifMatch, LongSupplier currentVersion, Supplier<ProblemException> stale) {
		if (ifMatch == null || ifMatch.strip().equals("*")) {
			return null;
		}
		// Spring's parser reads W/* and ** as the wildcard too; RFC 9110 allows * only as
		// the whole field value, so a
		// wildcard inside anything else, like a blank value, names no version and matches
		// nothing.
		var tags = ENTITY_TAG_LIST.matcher(ifMatch).matches() ? ETag.parse(ifMatch) : java.util.List.<ETag>of();
		var versions = new LinkedHashSet<Long>();
		if (tags.stream().anyMatch(ETag::isWildcard)) {
			tags = java.util.List.of();
		}
		tags.stream()
			.filter(tag -> !tag.weak() && VERSION.matcher(tag.tag()).matches())
			.forEach(tag -> versions.add(Long.valueOf(tag.tag())));
		if (versions.isEmpty()) {
			throw ProblemException.preconditionFailed("If-Match names no version of this resource: send the ETag you "
					+ "read, such as \"7\" (weak tags never match).");
		}
		if (versions.size() == 1) {
			return versions.getFirst();
		}
		var current = currentVersion.getAsLong();
		if (versions.contains(current)) {
			return current;
		}
		throw stale.get();
	}

}

package com.luxestate.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

/**
 * {@code If-Match} as RFC 9110 evaluates it: lists of entity tags, strong comparison,
 * {@code *}.
 */
class IfMatchTests {

	private static final LongSupplier NOT_NEEDED = () -> {
		throw new AssertionError("the current version is read only for a list of several versions");
	};

	@Test
	void theETagIsTheVersionAsAStrongTag() {
		assertThat(IfMatch.etagOf(7)).isEqualTo("\"7\"");
	}

	@Test
	void noHeaderOrAStarIsNoVersionToCompare() {
		assertThat(IfMatch.requiredVersion(null, NOT_NEEDED, IfMatchTests::stale)).isNull();
		assertThat(IfMatch.requiredVersion("*", NOT_NEEDED, IfMatchTests::stale)).isNull();
	}

	@Test
	void oneStrongTagIsTheVersionTheServiceComparesWith() {
		assertThat(IfMatch.requiredVersion("\"7\"", NOT_NEEDED, IfMatchTests::stale)).isEqualTo(7);
		assertThat(IfMatch.requiredVersion(" \"7\" , W/\"8\"", NOT_NEEDED, IfMatchTests::stale))
			.as("the weak tag names nothing")
			.isEqualTo(7);
		assertThat(IfMatch.requiredVersion("\"a,b\", \"7\"", NOT_NEEDED, IfMatchTests::stale))
			.as("a comma inside a tag")
			.isEqualTo(7);
	}

	@Test
	void aListMatchesWhenAnyOfItsTagsIsTheCurrentOne() {
		assertThat(IfMatch.requiredVersion("\"3\", \"4\"", () -> 4, IfMatchTests::stale)).isEqualTo(4);
		assertThat(IfMatch.requiredVersion("\"3\",,\"4\"", () -> 3, IfMatchTests::stale)).as("empty list elements")
			.isEqualTo(3);
		assertThat(preconditionFailure("\"3\", \"4\"", 5)).isNotNull();
	}

	@Test
	void weakTagsAndWhatIsNotAnEntityTagNeverMatch() {
		assertThat(preconditionFailure("W/\"7\"", 7)).isNotNull();
		assertThat(preconditionFailure("7", 7)).isNotNull();
		assertThat(preconditionFailure("\"7", 7)).isNotNull();
		assertThat(preconditionFailure("\"seven\"", 7)).isNotNull();
		assertThat(preconditionFailure("\"7\"junk", 7)).as("text after a tag").isNotNull();
		assertThat(preconditionFailure("junk, \"7\"", 7)).as("text before a tag").isNotNull();
		assertThat(preconditionFailure("\"7\" \"8\"", 7)).as("tags without a comma").isNotNull();
	}

	@Test
	void onlyAStarOnItsOwnIsTheWildcard() {
		assertThat(IfMatch.requiredVersion(" * ", NOT_NEEDED, IfMatchTests::stale)).isNull();
		assertThat(preconditionFailure("W/*", 7)).as("a weak wildcard").isNotNull();
		assertThat(preconditionFailure("**", 7)).isNotNull();
		assertThat(preconditionFailure("\"7\", *", 7)).as("a star in a list").isNotNull();
		assertThat(preconditionFailure(" ", 7)).as("a blank value").isNotNull();
		assertThat(preconditionFailure("", 7)).as("an empty value").isNotNull();
	}

	private static ProblemException stale() {
		return ProblemException.preconditionFailed("stale");
	}

	private static ProblemException preconditionFailure(String ifMatch, long current) {
		var failure = catchThrowableOfType(ProblemException.class,
				() -> IfMatch.requiredVersion(ifMatch, () -> current, IfMatchTests::stale));
		if (failure != null) {
			assertThat(failure.status()).isEqualTo(412);
		}
		return failure;
	}

}

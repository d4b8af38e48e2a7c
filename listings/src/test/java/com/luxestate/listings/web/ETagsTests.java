package com.luxestate.listings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

import com.luxestate.platform.ProblemException;

/** {@code If-Match} as RFC 9110 evaluates it: lists of entity tags, strong comparison, {@code *}. */
class ETagsTests {

	private static final LongSupplier NOT_NEEDED = () -> {
		throw new AssertionError("the current version is read only for a list of several versions");
	};

	@Test
	void theETagIsTheVersionAsAStrongTag() {
		assertThat(ETags.of(7)).isEqualTo("\"7\"");
	}

	@Test
	void noHeaderOrAStarIsNoVersionToCompare() {
		assertThat(ETags.requiredVersion(null, NOT_NEEDED)).isNull();
		assertThat(ETags.requiredVersion(" ", NOT_NEEDED)).isNull();
		assertThat(ETags.requiredVersion("*", NOT_NEEDED)).isNull();
	}

	@Test
	void oneStrongTagIsTheVersionTheServiceComparesWith() {
		assertThat(ETags.requiredVersion("\"7\"", NOT_NEEDED)).isEqualTo(7);
		assertThat(ETags.requiredVersion(" \"7\" , W/\"8\"", NOT_NEEDED)).as("the weak tag names nothing").isEqualTo(7);
		assertThat(ETags.requiredVersion("\"a,b\", \"7\"", NOT_NEEDED)).as("a comma inside a tag").isEqualTo(7);
	}

	@Test
	void aListMatchesWhenAnyOfItsTagsIsTheCurrentOne() {
		assertThat(ETags.requiredVersion("\"3\", \"4\"", () -> 4)).isEqualTo(4);
		assertThat(ETags.requiredVersion("\"3\",,\"4\"", () -> 3)).as("empty list elements").isEqualTo(3);
		assertThat(preconditionFailure("\"3\", \"4\"", 5)).isNotNull();
	}

	@Test
	void weakTagsAndWhatIsNotAnEntityTagNeverMatch() {
		assertThat(preconditionFailure("W/\"7\"", 7)).isNotNull();
		assertThat(preconditionFailure("7", 7)).isNotNull();
		assertThat(preconditionFailure("\"7\" \"8\"", 7)).isNotNull();
		assertThat(preconditionFailure("\"7", 7)).isNotNull();
		assertThat(preconditionFailure("\"seven\"", 7)).isNotNull();
		assertThat(preconditionFailure("*, \"7\"", 7)).isNotNull();
	}

	private static ProblemException preconditionFailure(String ifMatch, long current) {
		var failure = catchThrowableOfType(ProblemException.class, () -> ETags.requiredVersion(ifMatch, () -> current));
		if (failure != null) {
			assertThat(failure.getStatusCode().value()).isEqualTo(412);
		}
		return failure;
	}
}

package com.luxestate.identity.internal;

import static com.luxestate.platform.testing.ProblemAssertions.assertProblem;
import static com.luxestate.platform.testing.ProblemAssertions.offendingFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

import com.luxestate.platform.ProblemType;


/**
 * Passwords as OWASP ASVS level 2 asks: 12 to at least 128 characters of any kind, no composition rules, and none of
 * the most common breached passwords.
 */
class PasswordPolicyTests {

	private static final String HOUSE = "\uD83C\uDFE0"; // one character, two UTF-16 units

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void elevenCharactersAreTooFew() {
		var problem = assertProblem(ProblemType.VALIDATION_FAILED, () -> policy.check("password", "Tq7#mv2Lp9z"));

		assertThat(offendingFields(problem)).containsExactly("password");
	}

	@Test
	void twelveCharactersAreEnough() {
		assertThatCode(() -> policy.check("password", "Tq7#mv2Lp9zR")).doesNotThrowAnyException();
	}

	@Test
	void oneHundredTwentyEightCharactersAreAccepted() {
		assertThatCode(() -> policy.check("password", longPassword(128))).doesNotThrowAnyException();
	}

	@Test
	void oneHundredTwentyNineCharactersAreTooMany() {
		var problem = assertProblem(ProblemType.VALIDATION_FAILED, () -> policy.check("newPassword", longPassword(129)));

		assertThat(offendingFields(problem)).containsExactly("newPassword");
	}

	@Test
	void lengthCountsCharactersNotUtf16Units() {
		assertProblem(ProblemType.VALIDATION_FAILED, () -> policy.check("password", HOUSE.repeat(11)));
		assertThatCode(() -> policy.check("password", HOUSE.repeat(12))).doesNotThrowAnyException();
		assertThatCode(() -> policy.check("password", HOUSE.repeat(128))).doesNotThrowAnyException();
		assertProblem(ProblemType.VALIDATION_FAILED, () -> policy.check("password", HOUSE.repeat(129)));
	}

	@Test
	void anyCharactersAreAllowedAndNothingIsRequired() {
		assertThatCode(() -> policy.check("password", "quietharbourlights")).doesNotThrowAnyException();
		assertThatCode(() -> policy.check("password", "ñandú à la plage 🌊 \t 東京")).doesNotThrowAnyException();
	}

	@Test
	void aCommonPasswordIsRejectedWhateverItsCase() {
		var lower = assertProblem(ProblemType.VALIDATION_FAILED, () -> policy.check("password", "123qweasdzxc"));
		var mixed = assertProblem(ProblemType.VALIDATION_FAILED, () -> policy.check("password", "123QWEasdZXC"));

		assertThat(offendingFields(lower)).containsExactly("password");
		assertThat(offendingFields(mixed)).containsExactly("password");
		assertThat(mixed.errors().toString()).contains("common");
	}

	@Test
	void anEmptyPasswordIsRejected() {
		assertProblem(ProblemType.VALIDATION_FAILED, () -> policy.check("password", null));
		assertProblem(ProblemType.VALIDATION_FAILED, () -> policy.check("password", ""));
	}

	@Test
	void theShippedListHoldsAtLeastTheTenThousandMostCommonPasswords() {
		assertThat(policy.commonPasswordCount()).isGreaterThanOrEqualTo(10_000);
	}

	private static String longPassword(int length) {
		var phrase = new StringBuilder();
		while (phrase.length() < length) {
			phrase.append("tide-pool ").append(phrase.length()).append(' ');
		}
		return phrase.substring(0, length);
	}
}

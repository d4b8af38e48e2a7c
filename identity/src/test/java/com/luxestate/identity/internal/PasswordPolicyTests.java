package com.luxestate.identity.internal;

import static com.luxestate.platform.testing.ProblemAssertions.assertProblem;
import static com.luxestate.platform.testing.ProblemAssertions.offendingFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

import com.luxestate.platform.ProblemException;
import com.luxestate.platform.ProblemType;

/**
 * Passwords as OWASP ASVS level 2 asks: 12 to at least 128 characters of any kind, no
 * composition rules, none of the most common breached passwords (also lengthened), and
 * nothing an estimator finds easy to guess.
 */
class PasswordPolicyTests {

	private static final String HOUSE = "\uD83C\uDFE0"; // one character, two UTF-16 units

	// One for all tests: loading the dictionaries takes seconds.
	private static final PasswordPolicy policy = new PasswordPolicy();

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
		var problem = assertProblem(ProblemType.VALIDATION_FAILED,
				() -> policy.check("newPassword", longPassword(129)));

		assertThat(offendingFields(problem)).containsExactly("newPassword");
	}

	@Test
	void lengthCountsCharactersNotUtf16Units() {
		assertThat(emoji(12)).hasSize(24);
		var tooShort = assertProblem(ProblemType.VALIDATION_FAILED, () -> policy.check("password", emoji(11)));
		assertThatCode(() -> policy.check("password", emoji(12))).doesNotThrowAnyException();
		assertThatCode(() -> policy.check("password", emoji(128))).doesNotThrowAnyException();
		var tooLong = assertProblem(ProblemType.VALIDATION_FAILED, () -> policy.check("password", emoji(129)));

		assertThat(messages(tooShort)).contains("at least 12 characters");
		assertThat(messages(tooLong)).contains("at most 128 characters");
	}

	@Test
	void anyCharactersAreAllowedAndNothingIsRequired() {
		assertThatCode(() -> policy.check("password", "quiet harbour lights")).doesNotThrowAnyException();
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
	void trivialPasswordsOfTwelveCharactersAreRejected() {
		for (var trivial : new String[] { "password1234", "123456789012", "aaaaaaaaaaaa", " ".repeat(12),
				HOUSE.repeat(12), "abcdefghijkl", "qwertyuiopas", "1qaz2wsx3edc" }) {
			var problem = assertProblem(ProblemType.VALIDATION_FAILED, () -> policy.check("password", trivial));

			assertThat(offendingFields(problem)).as(trivial).containsExactly("password");
		}
	}

	@Test
	void aBreachedPasswordMadeLongerIsStillBreached() {
		for (var lengthened : new String[] { "trustno1trustno1", "dragon123456789", "Password2024!!", "2024sunshine!",
				"iloveyou iloveyou", "football-football" }) {
			var problem = assertProblem(ProblemType.VALIDATION_FAILED, () -> policy.check("password", lengthened));

			assertThat(messages(problem)).as(lengthened).contains("common");
		}
	}

	@Test
	void theAnswerSaysWhatIsWrong() {
		assertThat(
				messages(assertProblem(ProblemType.VALIDATION_FAILED, () -> policy.check("password", "aaaaaaaaaaaa"))))
			.contains("too easy to guess")
			.contains("Repeats");
		assertThat(
				messages(assertProblem(ProblemType.VALIDATION_FAILED, () -> policy.check("password", "abcdefghijkl"))))
			.contains("too easy to guess")
			.contains("Sequences");
	}

	@Test
	void goodPassphrasesAreAccepted() {
		for (var passphrase : new String[] { TestAccounts.PASSWORD, TestAccounts.OTHER_PASSWORD,
				"luxestate demo password" /* the demo accounts' (README) */, AdminBootstrapTests.ADMIN_PASSWORD,
				"a long and unusual test passphrase", "a long test admin passphrase 42",
				"a brand new passphrase for me", "a fresh and long passphrase", "Another-long-admin-passphrase",
				"Yet another long passphrase", "Tq7#mv2Lp9zR" }) {
			assertThatCode(() -> policy.check("password", passphrase)).as(passphrase).doesNotThrowAnyException();
		}
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

	private static String messages(ProblemException problem) {
		return problem.errors().toString();
	}

	/**
	 * {@code count} pictograms, varied enough not to repeat or run in sequence; each two
	 * UTF-16 units.
	 */
	private static String emoji(int count) {
		var random = new java.util.Random(count);
		var text = new StringBuilder();
		for (var i = 0; i < count; i++) {
			text.appendCodePoint(0x1F300 + random.nextInt(0x250));
		}
		return text.toString();
	}

	private static String longPassword(int length) {
		var phrase = new StringBuilder();
		while (phrase.length() < length) {
			phrase.append("tide-pool ").append(phrase.length()).append(' ');
		}
		return phrase.substring(0, length);
	}

}

package com.luxestate.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.luxestate.platform.ProblemException;

/**
 * Passwords as OWASP ASVS level 2 asks: at least 12 characters and up to 128, any
 * characters, no composition rules, and not guessable. Two checks decide the last part:
 * <ul>
 * <li>none of the passwords breach corpora show people use most (the 10,000 most common,
 * shipped with this module), nor one of them merely lengthened: repeated
 * ({@code trustno1trustno1}) or with digits and symbols around it ({@code password1234},
 * {@code 2024dragon!!}), which is how people reach a length rule;</li>
 * <li>at least {@value #MIN_ENTROPY} bits by nbvcxz, zxcvbn's estimator: it knows far
 * larger breached-password, word and name dictionaries, and sees repeats
 * ({@code aaaaaaaaaaaa}), sequences ({@code 123456789012}), keyboard walks and
 * dates.</li>
 * </ul>
 * Only the first {@value #ESTIMATED_LENGTH} characters are estimated: the estimate's cost
 * grows fast with length, and a password whose first 64 characters are hard to guess is.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;
	static final int MAX_LENGTH = 128;
	static final double MIN_ENTROPY = 35;
	static final int ESTIMATED_LENGTH = 64;
	static final long COMBINATION_TIMEOUT_MS = 50;

	/**
	 * What people put around a word to get past a length rule: digits, punctuation,
	 * spaces.
	 */
	private static final Pattern PADDING = Pattern.compile("^[\\p{N}\\p{P}\\p{S}\\s]+|[\\p{N}\\p{P}\\p{S}\\s]+$");

	private final Set<String> commonPasswords;

	private final Configuration estimation;

	PasswordPolicy() {
		this.commonPasswords = load("identity/common-passwords.txt");
		this.estimation = new ConfigurationBuilder().setLocale(Locale.ENGLISH)
			.setMinimumEntropy(MIN_ENTROPY)
			.setMaxLength(ESTIMATED_LENGTH)
			// The default 500 ms a check may spend combining matches is CPU anyone can
			// make us spend through
			// the unauthenticated reset endpoint; 50 ms gives the same verdicts on the
			// lengths we estimate.
			.setCombinationAlgorithmTimeout(COMBINATION_TIMEOUT_MS)
			.createConfiguration();
	}

	/**
	 * Throws a validation problem naming {@code field} when the password is not
	 * acceptable.
	 */
	void check(String field, String password) {
		if (password == null || password.isEmpty()) {
			throw ProblemException.invalid(field, "must not be empty");
		}
		var length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			throw ProblemException.invalid(field, "must have at least " + MIN_LENGTH + " characters");
		}
		if (length > MAX_LENGTH) {
			throw ProblemException.invalid(field, "must have at most " + MAX_LENGTH + " characters");
		}
		if (variants(password).stream().anyMatch(commonPasswords::contains)) {
			throw ProblemException.invalid(field, "is one of the most common passwords, or one with a few characters "
					+ "added or repeated; choose another, a few uncommon words make a good one");
		}
		// A new estimator per check: the configuration (its dictionaries) is shared and
		// read-only.
		var estimate = new Nbvcxz(estimation).estimate(password);
		if (!estimate.isMinimumEntropyMet()) {
			var feedback = estimate.getFeedback();
			var why = new StringBuilder("is too easy to guess");
			if (feedback.getWarning() != null) {
				why.append(": ").append(feedback.getWarning());
			}
			else {
				why.append('.');
			}
			feedback.getSuggestion().stream().findFirst().ifPresent(suggestion -> why.append(' ').append(suggestion));
			throw ProblemException.invalid(field, why.toString());
		}
	}

	/**
	 * The password as typed, without padding, and the unit it repeats, each in lower
	 * case.
	 */
	static Set<String> variants(String password) {
		var variants = new LinkedHashSet<String>();
		var lower = password.toLowerCase(Locale.ROOT);
		variants.add(lower);
		var unpadded = PADDING.matcher(lower).replaceAll("");
		for (var candidate : new String[] { lower, unpadded }) {
			var unit = repeatedUnit(candidate);
			variants.add(unit);
			variants.add(PADDING.matcher(unit).replaceAll(""));
		}
		variants.add(unpadded);
		variants.remove("");
		return variants;
	}

	/**
	 * The shortest string that {@code text} is a repetition of ({@code text} itself when
	 * it is none).
	 */
	private static String repeatedUnit(String text) {
		var length = text.length();
		for (var unit = 1; unit <= length / 2; unit++) {
			if (length % unit == 0 && text.substring(0, unit).repeat(length / unit).equals(text)) {
				return text.substring(0, unit);
			}
		}
		return text;
	}

	private static Set<String> load(String location) {
		var passwords = new HashSet<String>(16_384);
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(location).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.trim().toLowerCase(Locale.ROOT))
				.forEach(passwords::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The common password list is missing from the identity module", ex);
		}
		return Set.copyOf(passwords);
	}

	int commonPasswordCount() {
		return commonPasswords.size();
	}

}

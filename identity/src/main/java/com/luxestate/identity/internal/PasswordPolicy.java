package com.luxestate.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.luxestate.platform.ProblemException;

/**
 * Passwords as OWASP ASVS level 2 asks: at least 12 characters and up to 128, any characters, no composition
 * rules, and none of the passwords breach corpora show people use most (the 10,000 most common, shipped with this
 * module).
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;
	static final int MAX_LENGTH = 128;

	private final Set<String> commonPasswords;

	PasswordPolicy() {
		this.commonPasswords = load("identity/common-passwords.txt");
	}

	/** Throws a validation problem naming {@code field} when the password is not acceptable. */
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
		if (commonPasswords.contains(password.toLowerCase(Locale.ROOT))) {
			throw ProblemException.invalid(field, "is one of the most common passwords; choose another");
		}
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

package com.luxestate.platform;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Builds plain-text mail bodies from a template the service wrote and values that may
 * come from users (a first name). A value cannot start a line or a paragraph of its own,
 * nor hide text behind bidirectional overrides: control, format and separator characters
 * become spaces. Plain text has no markup to escape beyond that; an HTML mail would have
 * to escape its values for HTML as well.
 */
public final class MailText {

	/**
	 * Controls (CR, LF, tab...), format characters (bidi overrides, zero-width), line and
	 * paragraph separators.
	 */
	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+");

	private static final Pattern SPACES = Pattern.compile("\\s{2,}");

	private MailText() {
	}

	/**
	 * {@link String#formatted} with every text value made {@linkplain #value safe};
	 * numbers stay numbers.
	 */
	public static String format(String template, Object... values) {
		return template.formatted(
				Arrays.stream(values).map(value -> value instanceof CharSequence text ? value(text) : value).toArray());
	}

	/**
	 * A value on one line, without characters that could change how the text around it
	 * reads.
	 */
	public static String value(CharSequence value) {
		if (value == null) {
			return "";
		}
		var oneLine = UNSAFE.matcher(value).replaceAll(" ");
		return SPACES.matcher(oneLine).replaceAll(" ").strip();
	}

}

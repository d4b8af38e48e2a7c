package com.luxestate.listings.internal;

import java.util.regex.Pattern;

/**
 * Titles and descriptions are plain text. Anything shaped like an HTML tag or comment is
 * dropped when it is stored, so that no markup exists to be rendered by a careless
 * client; a lone {@code <} as in "3 < 4" is kept.
 */
final class PlainText {

	private static final Pattern MARKUP = Pattern.compile("<!--.*?-->|</?[a-zA-Z][^<>]*>|<![^<>]*>|<\\?[^<>]*>",
			Pattern.DOTALL);

	private PlainText() {
	}

	static String of(String text) {
		if (text == null) {
			return null;
		}
		var plain = text;
		for (String previous = null; !plain.equals(previous);) {
			previous = plain;
			plain = MARKUP.matcher(plain).replaceAll("");
		}
		return plain.strip();
	}

}

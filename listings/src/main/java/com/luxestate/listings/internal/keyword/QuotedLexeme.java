package com.luxestate.listings.internal.keyword;

/**
 * A lexeme as PostgreSQL writes it in the text of a tsvector or tsquery: quoted, with
 * {@code ''} and {@code \}.
 */
final class QuotedLexeme {

	private QuotedLexeme() {
	}

	/**
	 * Reads the lexeme that starts with the quote at {@code at} into {@code lexeme}.
	 * @return where the text goes on after the closing quote
	 */
	static int read(String text, int at, StringBuilder lexeme) {
		if (text.charAt(at) != '\'') {
			throw new IllegalArgumentException("No lexeme at " + at + " of " + text);
		}
		int i = at + 1;
		while (true) {
			char c = text.charAt(i);
			if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
				lexeme.append('\'');
				i += 2;
			}
			else if (c == '\\') {
				lexeme.append(text.charAt(i + 1));
				i += 2;
			}
			else if (c == '\'') {
				return i + 1;
			}
			else {
				lexeme.append(c);
				i++;
			}
		}
	}

}

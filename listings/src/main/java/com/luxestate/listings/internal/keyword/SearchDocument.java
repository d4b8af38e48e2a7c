package com.luxestate.listings.internal.keyword;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A listing's search document as PostgreSQL made it (the generated {@code document}
 * column, in its text form {@code 'sea':3C,9A 'view':4C}): its lexemes with their
 * positions and weights. The index takes the lexemes from PostgreSQL rather than
 * analysing the text again, so it finds exactly what {@code document @@ query} finds.
 */
record SearchDocument(List<Occurrence> occurrences) {

	/**
	 * A lexeme at a position, with the weight of the part it comes from: A title, B
	 * address, C description.
	 */
	record Occurrence(String lexeme, int position, char weight) {
	}

	static SearchDocument parse(String text) {
		var occurrences = new ArrayList<Occurrence>();
		int i = 0;
		while (i < text.length()) {
			if (text.charAt(i) == ' ') {
				i++;
				continue;
			}
			var lexeme = new StringBuilder();
			i = QuotedLexeme.read(text, i, lexeme);
			if (i < text.length() && text.charAt(i) == ':') {
				i++;
				while (i < text.length() && text.charAt(i) != ' ') {
					int start = i;
					while (i < text.length() && Character.isDigit(text.charAt(i))) {
						i++;
					}
					int position = Integer.parseInt(text, start, i, 10);
					char weight = 'D';
					if (i < text.length() && Character.isLetter(text.charAt(i))) {
						weight = text.charAt(i++);
					}
					occurrences.add(new Occurrence(lexeme.toString(), position, weight));
					if (i < text.length() && text.charAt(i) == ',') {
						i++;
					}
				}
			}
			else {
				occurrences.add(new Occurrence(lexeme.toString(), 1, 'D'));
			}
		}
		occurrences.sort(Comparator.comparingInt(Occurrence::position));
		return new SearchDocument(List.copyOf(occurrences));
	}

	/**
	 * The lexemes at their positions, so that phrases ({@code <->}) match as PostgreSQL
	 * matches them.
	 */
	TokenStream tokens() {
		return new TokenStream() {

			private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

			private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

			private int next;

			private int position;

			@Override
			public boolean incrementToken() {
				if (next == occurrences.size()) {
					return false;
				}
				clearAttributes();
				var occurrence = occurrences.get(next++);
				term.setEmpty().append(occurrence.lexeme());
				increment.setPositionIncrement(occurrence.position() - position);
				position = occurrence.position();
				return true;
			}

			@Override
			public void reset() throws java.io.IOException {
				super.reset();
				next = 0;
				position = 0;
			}
		};
	}
}

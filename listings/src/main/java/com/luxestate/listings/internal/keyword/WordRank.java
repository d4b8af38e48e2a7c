package com.luxestate.listings.internal.keyword;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;

/**
 * How much a listing matches one word: the sum of the weights of the parts of the listing
 * the word is in (title 1.0, address 0.4, description 0.2), scored in fifths (5, 2, 1).
 * It depends on the listing alone, so adding listings never moves one within the order a
 * relevance cursor pages through (no word statistics, unlike BM25).
 * <p>
 * Each of a listing's words is indexed once in a field of its own with that sum, in
 * fifths, as its frequency: ranking the matches of a word then reads one list of postings
 * instead of one per part. Active and pending listings have a field each, so that the
 * usual search, for plain words among active listings, reads one list per word and
 * nothing else: neither the words' positions nor the listings' status.
 */
final class WordRank {

	static final String ACTIVE = "ranked";
	static final String PENDING = "ranked_pending";

	/**
	 * Weights in fifths (title 5, address 2, description 1), so that every score is a
	 * whole number.
	 */
	private static final Map<Character, Integer> FIFTHS = Map.of('A', 5, 'B', 2, 'C', 1);

	private static final FieldType TYPE = new FieldType();

	static {
		TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		TYPE.setTokenized(true);
		TYPE.setOmitNorms(true);
		TYPE.freeze();
	}

	private WordRank() {
	}

	/**
	 * Each word of the document once, its frequency one more than its weight in fifths (a
	 * frequency is at least 1), in the ranked field of the listing's status.
	 */
	static Field field(String status, SearchDocument document) {
		var parts = new LinkedHashMap<String, Set<Character>>();
		for (var occurrence : document.occurrences()) {
			parts.computeIfAbsent(occurrence.lexeme(), lexeme -> new HashSet<>()).add(occurrence.weight());
		}
		var fifths = new LinkedHashMap<String, Integer>();
		parts.forEach((lexeme, weights) -> fifths.put(lexeme,
				weights.stream().mapToInt(weight -> FIFTHS.getOrDefault(weight, 0)).sum()));
		return new Field(fieldOf(status), new WordsWithFrequencies(fifths), TYPE);
	}

	private static String fieldOf(String status) {
		return switch (status) {
			case "ACTIVE" -> ACTIVE;
			case "PENDING" -> PENDING;
			default -> throw new IllegalArgumentException("Not in the keyword index: a " + status + " listing");
		};
	}

	/**
	 * Scores a ranked field's word by its frequency. Only the ranked fields are ever
	 * scored: every other clause of a keyword search filters.
	 */
	static Similarity similarity() {
		return new Similarity() {

			@Override
			public long computeNorm(FieldInvertState state) {
				return 1;
			}

			@Override
			public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
				return new SimScorer() {

					// In whole fifths: a query's score adds its words' up, and only sums
					// of whole numbers are exact
					// in floating point, so that listings with equal weights tie whatever
					// the words (0.2 + 1.2 and
					// 0.4 + 1.0 are not equal as floats), and ties go to the id.
					// Non-decreasing in the frequency, as
					// Lucene requires of a score.
					@Override
					public float score(float frequency, long norm) {
						return boost * (frequency - 1);
					}
				};
			}
		};
	}

	private static final class WordsWithFrequencies extends TokenStream {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);

		private final Map<String, Integer> fifths;

		private Iterator<Map.Entry<String, Integer>> next;

		WordsWithFrequencies(Map<String, Integer> fifths) {
			this.fifths = fifths;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			next = fifths.entrySet().iterator();
		}

		@Override
		public boolean incrementToken() {
			if (!next.hasNext()) {
				return false;
			}
			clearAttributes();
			var word = next.next();
			term.setEmpty().append(word.getKey());
			frequency.setTermFrequency(word.getValue() + 1);
			return true;
		}

	}

}

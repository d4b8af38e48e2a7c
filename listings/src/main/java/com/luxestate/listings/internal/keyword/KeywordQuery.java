package com.luxestate.listings.internal.keyword;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A query of the web-search syntax, as PostgreSQL parsed it
 * ({@code websearch_to_tsquery}, in its text form {@code 'pool' & !'villa'},
 * {@code 'infinity' <-> 'pool'}), for the index: PostgreSQL keeps deciding what the words
 * of a query are, and the index only evaluates the expression, with the same meaning as
 * {@code @@}.
 *
 * @param match which documents match
 * @param terms the lexemes the query looks for (not those it excludes), which rank the
 * matches
 * @param allOfTerms whether the query is just its terms, each required: a document
 * matches when it has them all
 */
record KeywordQuery(Query match, Set<String> terms, boolean allOfTerms) {

	static final String LEXEMES = "lexeme";

	/**
	 * @return empty for what the index does not evaluate the way PostgreSQL does
	 * (weights, prefixes, phrases of more than single words), which the web-search syntax
	 * does not produce
	 */
	static Optional<KeywordQuery> parse(String tsquery) {
		if (tsquery.isBlank()) {
			return Optional.of(new KeywordQuery(new MatchNoDocsQuery("no words"), Set.of(), false));
		}
		try {
			var parser = new Parser(tsquery);
			var node = parser.or();
			parser.skipSpaces();
			if (parser.at < tsquery.length()) {
				return Optional.empty();
			}
			var terms = new LinkedHashSet<String>();
			node.collectTerms(terms, false);
			var allOfTerms = node instanceof Word
					|| node instanceof All all && all.operands().stream().allMatch(Word.class::isInstance);
			return Optional.of(new KeywordQuery(node.query(), Set.copyOf(terms), allOfTerms));
		}
		catch (Unsupported unsupported) {
			return Optional.empty();
		}
	}

	private static final class Unsupported extends RuntimeException {

		Unsupported() {
			super(null, null, false, false);
		}

	}

	private sealed interface Node {

		Query query();

		void collectTerms(Set<String> terms, boolean negated);

	}

	private record Word(String lexeme) implements Node {

		@Override
		public Query query() {
			return new TermQuery(new Term(LEXEMES, lexeme));
		}

		@Override
		public void collectTerms(Set<String> terms, boolean negated) {
			if (!negated) {
				terms.add(lexeme);
			}
		}
	}

	private record Not(Node operand) implements Node {

		@Override
		public Query query() {
			return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
				.add(operand.query(), Occur.MUST_NOT)
				.build();
		}

		@Override
		public void collectTerms(Set<String> terms, boolean negated) {
			operand.collectTerms(terms, !negated);
		}
	}

	private record All(List<Node> operands) implements Node {

		@Override
		public Query query() {
			var query = new BooleanQuery.Builder();
			boolean anyRequired = false;
			for (var operand : operands) {
				if (operand instanceof Not not) {
					query.add(not.operand().query(), Occur.MUST_NOT);
				}
				else {
					query.add(operand.query(), Occur.MUST);
					anyRequired = true;
				}
			}
			if (!anyRequired) {
				query.add(new MatchAllDocsQuery(), Occur.MUST);
			}
			return query.build();
		}

		@Override
		public void collectTerms(Set<String> terms, boolean negated) {
			operands.forEach(operand -> operand.collectTerms(terms, negated));
		}
	}

	private record Any(List<Node> operands) implements Node {

		@Override
		public Query query() {
			var query = new BooleanQuery.Builder();
			operands.forEach(operand -> query.add(operand.query(), Occur.SHOULD));
			return query.build();
		}

		@Override
		public void collectTerms(Set<String> terms, boolean negated) {
			operands.forEach(operand -> operand.collectTerms(terms, negated));
		}
	}

	/**
	 * Words at fixed distances from the first: {@code 'a' <-> 'b' <2> 'c'} is a at 0, b
	 * at 1, c at 3.
	 */
	private record Phrase(List<String> lexemes, List<Integer> offsets) implements Node {

		@Override
		public Query query() {
			var phrase = new PhraseQuery.Builder();
			for (int i = 0; i < lexemes.size(); i++) {
				phrase.add(new Term(LEXEMES, lexemes.get(i)), offsets.get(i));
			}
			return phrase.build();
		}

		@Override
		public void collectTerms(Set<String> terms, boolean negated) {
			if (!negated) {
				terms.addAll(lexemes);
			}
		}
	}

	/**
	 * Recursive descent over PostgreSQL's precedence: {@code !} binds tightest, then
	 * {@code <->}, {@code &}, {@code |}.
	 */
	private static final class Parser {

		private final String text;

		private int at;

		Parser(String text) {
			this.text = text;
		}

		Node or() {
			var operands = new ArrayList<Node>(List.of(and()));
			while (consume("|")) {
				operands.add(and());
			}
			return operands.size() == 1 ? operands.getFirst() : new Any(operands);
		}

		private Node and() {
			var operands = new ArrayList<Node>(List.of(phrase()));
			while (consume("&")) {
				operands.add(phrase());
			}
			return operands.size() == 1 ? operands.getFirst() : new All(operands);
		}

		private Node phrase() {
			var first = unary();
			int distance = distance();
			if (distance < 0) {
				return first;
			}
			if (!(first instanceof Word word)) {
				throw new Unsupported();
			}
			var lexemes = new ArrayList<>(List.of(word.lexeme()));
			var offsets = new ArrayList<>(List.of(0));
			do {
				if (!(unary() instanceof Word next) || distance < 1) {
					throw new Unsupported();
				}
				lexemes.add(next.lexeme());
				offsets.add(offsets.getLast() + distance);
				distance = distance();
			}
			while (distance >= 0);
			return new Phrase(lexemes, offsets);
		}

		/**
		 * The distance of a phrase operator ({@code <->} is 1, {@code <3>} is 3), or -1
		 * when none follows.
		 */
		private int distance() {
			skipSpaces();
			if (!text.startsWith("<", at)) {
				return -1;
			}
			int end = text.indexOf('>', at);
			var inside = text.substring(at + 1, end);
			at = end + 1;
			return inside.equals("-") ? 1 : Integer.parseInt(inside);
		}

		private Node unary() {
			if (consume("!")) {
				return new Not(unary());
			}
			if (consume("(")) {
				var inner = or();
				if (!consume(")")) {
					throw new Unsupported();
				}
				return inner;
			}
			skipSpaces();
			if (at >= text.length() || text.charAt(at) != '\'') {
				throw new Unsupported();
			}
			var lexeme = new StringBuilder();
			at = QuotedLexeme.read(text, at, lexeme);
			if (at < text.length() && text.charAt(at) == ':') {
				// a prefix (:*) or a weight (:A): not what the web-search syntax writes
				throw new Unsupported();
			}
			return new Word(lexeme.toString());
		}

		private boolean consume(String token) {
			skipSpaces();
			if (text.startsWith(token, at)) {
				at += token.length();
				return true;
			}
			return false;
		}

		void skipSpaces() {
			while (at < text.length() && text.charAt(at) == ' ') {
				at++;
			}
		}

	}
}

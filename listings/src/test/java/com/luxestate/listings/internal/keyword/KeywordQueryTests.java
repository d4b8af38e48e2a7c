package com.luxestate.listings.internal.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.luxestate.listings.internal.keyword.SearchDocument.Occurrence;

/**
 * The text forms PostgreSQL writes, read as it means them; what the index cannot evaluate
 * as {@code @@} does is refused, so that PostgreSQL answers it. (What queries find is
 * compared with PostgreSQL in KeywordSearchTests.)
 */
class KeywordQueryTests {

	@Test
	void readsADocumentsLexemesWithTheirPositionsAndWeights() {
		var document = SearchDocument.parse("'it''s':2A 'back\\\\slash':3C 'sea':1A,7C 'view':8");
		assertThat(document.occurrences()).containsExactly(new Occurrence("sea", 1, 'A'),
				new Occurrence("it's", 2, 'A'), new Occurrence("back\\slash", 3, 'C'), new Occurrence("sea", 7, 'C'),
				new Occurrence("view", 8, 'D'));
	}

	@Test
	void evaluatesWhatTheWebSearchSyntaxWrites() {
		var query = KeywordQuery.parse("'pool' & !'villa' | 'infinity' <-> 'pool' <2> 'edge'").orElseThrow();
		assertThat(query.terms()).containsExactlyInAnyOrder("pool", "infinity", "edge");
		assertThat(query.match().toString()).isEqualTo("(+lexeme:pool -lexeme:villa) lexeme:\"infinity pool ? edge\"");
		assertThat(KeywordQuery.parse("").orElseThrow().terms()).as("no words: nothing matches").isEmpty();
		assertThat(KeywordQuery.parse("!'villa'").orElseThrow().match().toString()).isEqualTo("+*:* -lexeme:villa");
	}

	@Test
	void tellsAQueryOfPlainWordsFromOthers() {
		assertThat(KeywordQuery.parse("'penthouse' & 'sea' & 'view'").orElseThrow().allOfTerms()).isTrue();
		assertThat(KeywordQuery.parse("'apartment'").orElseThrow().allOfTerms()).isTrue();
		assertThat(KeywordQuery.parse("'pool' & !'villa'").orElseThrow().allOfTerms()).as("a word excluded").isFalse();
		assertThat(KeywordQuery.parse("'garden' | 'balcony'").orElseThrow().allOfTerms()).as("either").isFalse();
		assertThat(KeywordQuery.parse("'sea' <-> 'view'").orElseThrow().allOfTerms()).as("a phrase").isFalse();
		assertThat(KeywordQuery.parse("").orElseThrow().allOfTerms()).as("no words").isFalse();
	}

	@Test
	void refusesWhatItCannotEvaluateAsPostgreSQLDoes() {
		assertThat(KeywordQuery.parse("'pool':*")).as("prefix").isEmpty();
		assertThat(KeywordQuery.parse("'pool':A")).as("weight").isEmpty();
		assertThat(KeywordQuery.parse("( 'a' | 'b' ) <-> 'c'")).as("phrase of alternatives").isEmpty();
		assertThat(KeywordQuery.parse("'a' <0> 'b'")).as("same position").isEmpty();
		assertThat(KeywordQuery.parse("'a' 'b'")).as("not an operator").isEmpty();
	}

}

package com.luxestate.listings.internal.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A listing's score for a query is the sum, over the query's words, of the weights of the
 * parts each word is in (title 5, address 2, description 1, in fifths), each part once,
 * and equal sums are equal scores whatever the words add up from, so that the id breaks
 * the tie.
 */
class WordRankTests {

	@Test
	void scoresTheWeightsOfThePartsEachWordIsIn() throws IOException {
		var scores = scores(
				Map.of("description and title+description", "'alpha':3C 'beta':1A,4C", "address and title",
						"'alpha':2B 'beta':1A", "every part, the title twice, and description",
						"'alpha':1A,2B,3C,5A 'beta':4C", "one word only", "'alpha':1A"),
				"ACTIVE", both("alpha", "beta"));
		assertThat(scores).containsExactlyInAnyOrderEntriesOf(Map.of("description and title+description", 7f,
				"address and title", 7f, "every part, the title twice, and description", 9f));
	}

	@Test
	void pendingListingsScoreAsActiveOnesDo() throws IOException {
		var either = new BooleanQuery.Builder();
		for (var word : new String[] { "alpha", "beta" }) {
			either.add(new BooleanQuery.Builder().add(new TermQuery(new Term(WordRank.ACTIVE, word)), Occur.SHOULD)
				.add(new TermQuery(new Term(WordRank.PENDING, word)), Occur.SHOULD)
				.build(), Occur.MUST);
		}
		assertThat(scores(Map.of("pending", "'alpha':3C 'beta':1A,4C"), "PENDING", either.build()))
			.containsExactlyEntriesOf(Map.of("pending", 7f));
		assertThat(scores(Map.of("pending", "'alpha':3C 'beta':1A,4C"), "PENDING", both("alpha", "beta")))
			.as("not among active listings")
			.isEmpty();
	}

	private static Query both(String first, String second) {
		return new BooleanQuery.Builder().add(new TermQuery(new Term(WordRank.ACTIVE, first)), Occur.MUST)
			.add(new TermQuery(new Term(WordRank.ACTIVE, second)), Occur.MUST)
			.build();
	}

	/**
	 * The score of each matching listing, by name, from an index of search documents in
	 * PostgreSQL's text form.
	 */
	private static Map<String, Float> scores(Map<String, String> documents, String status, Query query)
			throws IOException {
		try (var directory = new ByteBuffersDirectory();
				var writer = new IndexWriter(directory, new IndexWriterConfig())) {
			documents.forEach((name, text) -> {
				var document = new Document();
				document.add(new StringField("name", name, Field.Store.YES));
				document.add(WordRank.field(status, SearchDocument.parse(text)));
				try {
					writer.addDocument(document);
				}
				catch (IOException failure) {
					throw new UncheckedIOException(failure);
				}
			});
			writer.commit();
			try (var reader = DirectoryReader.open(directory)) {
				var searcher = new IndexSearcher(reader);
				searcher.setSimilarity(WordRank.similarity());
				var scores = new HashMap<String, Float>();
				for (var hit : searcher.search(query, 10).scoreDocs) {
					scores.put(searcher.storedFields().document(hit.doc).get("name"), hit.score);
				}
				return scores;
			}
		}
	}

}

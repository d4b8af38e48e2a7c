package com.luxestate.listings.internal.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import com.luxestate.listings.internal.keyword.ListingIdOrder.OrderedId;

/**
 * The id tie-break compares matches of one segment by document number and matches of different segments by id; on
 * an index of several segments sorted as the keyword index sorts them, every page in either direction must hold
 * exactly the next ids in order, whichever segments they are in.
 */
class ListingIdOrderTests {

	private static final int LISTINGS = 500;

	@Test
	void pagesThroughTiedMatchesOfSeveralSegmentsInIdOrder() throws IOException {
		var random = new Random(7);
		var ids = new ArrayList<OrderedId>();
		try (var directory = new ByteBuffersDirectory();
				var writer = new IndexWriter(directory, new IndexWriterConfig()
						.setIndexSort(new Sort(new SortField("high", SortField.Type.LONG, true),
								new SortField("low", SortField.Type.LONG, true)))
						// Segments stay as written, so matches are compared across segments as after edits.
						.setMergePolicy(NoMergePolicy.INSTANCE))) {
			for (int i = 0; i < LISTINGS; i++) {
				// Few distinct first halves, so that the second half decides too.
				var id = new OrderedId(random.nextInt(5) - 2, random.nextLong());
				ids.add(id);
				var document = new Document();
				document.add(new NumericDocValuesField("high", id.high()));
				document.add(new NumericDocValuesField("low", id.low()));
				writer.addDocument(document);
				if (random.nextInt(60) == 0) {
					writer.commit();
				}
			}
			writer.commit();
			try (var reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).as("several segments").hasSizeGreaterThan(3);
				var searcher = new IndexSearcher(reader);
				var highestFirst = ids.stream().sorted(Comparator.reverseOrder()).toList();
				assertThat(pages(searcher, true)).containsExactlyElementsOf(highestFirst);
				assertThat(pages(searcher, false)).containsExactlyElementsOf(highestFirst.reversed());
			}
		}
	}

	/** Every match, page by page (of 7, every match tied on the first key), each page after the last one's id. */
	private static List<OrderedId> pages(IndexSearcher searcher, boolean highestFirst) throws IOException {
		var sort = new Sort(new SortField("tied", SortField.Type.LONG),
				new SortField("id", new ListingIdOrder("high", "low", highestFirst)));
		var seen = new ArrayList<OrderedId>();
		FieldDoc after = null;
		while (true) {
			var page = searcher.search(new MatchAllDocsQuery(), new TopFieldCollectorManager(sort, 7, after,
					Integer.MAX_VALUE));
			assertThat(page.totalHits.value()).isEqualTo(LISTINGS);
			if (page.scoreDocs.length == 0) {
				return seen;
			}
			for (var hit : page.scoreDocs) {
				seen.add((OrderedId) ((FieldDoc) hit).fields[1]);
			}
			var last = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
			after = new FieldDoc(Integer.MAX_VALUE, Float.NaN, last.fields);
		}
	}
}

package com.luxestate.listings.internal.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
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
 * The id tie-break compares matches of one segment sorted by id by document number, and
 * others by id: on an index of several segments, with edits, every page in either
 * direction must hold exactly the next ids in order, whichever segments they are in,
 * whether or not the segments are sorted.
 */
class ListingIdOrderTests {

	private static final int LISTINGS = 500;

	@Test
	void pagesThroughTiedMatchesOfSeveralSegmentsInIdOrder() throws IOException {
		assertPagesInIdOrder(new IndexWriterConfig().setIndexSort(ListingIdOrder.indexSort("high", "low")));
	}

	@Test
	void readsTheIdsOfSegmentsNotSortedById() throws IOException {
		assertPagesInIdOrder(new IndexWriterConfig());
	}

	private static void assertPagesInIdOrder(IndexWriterConfig config) throws IOException {
		var random = new Random(7);
		var ids = new ArrayList<OrderedId>();
		// Segments stay as written, so that matches are compared across segments, as
		// after edits.
		try (var directory = new ByteBuffersDirectory();
				var writer = new IndexWriter(directory, config.setMergePolicy(NoMergePolicy.INSTANCE))) {
			for (int i = 0; i < LISTINGS; i++) {
				// Few distinct first halves, so that the second half decides too.
				var id = new OrderedId(random.nextInt(5) - 2, random.nextLong());
				ids.add(id);
				writer.addDocument(listing(id));
				if (random.nextInt(60) == 0) {
					writer.commit();
				}
			}
			// Edits: a listing indexed again leaves a deleted document in an earlier
			// segment.
			for (int i = 0; i < LISTINGS; i += 17) {
				writer.updateDocument(new Term("key", key(ids.get(i))), listing(ids.get(i)));
			}
			writer.commit();
			try (var reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).as("several segments").hasSizeGreaterThan(3);
				assertThat(reader.hasDeletions()).isTrue();
				var searcher = new IndexSearcher(reader);
				var highestFirst = ids.stream().sorted(Comparator.reverseOrder()).toList();
				assertThat(pages(searcher, true)).containsExactlyElementsOf(highestFirst);
				assertThat(pages(searcher, false)).containsExactlyElementsOf(highestFirst.reversed());
			}
		}
	}

	private static Document listing(OrderedId id) {
		var document = new Document();
		document.add(new StringField("key", key(id), Field.Store.NO));
		document.add(new NumericDocValuesField("high", id.high()));
		document.add(new NumericDocValuesField("low", id.low()));
		return document;
	}

	private static String key(OrderedId id) {
		return id.high() + "/" + id.low();
	}

	/**
	 * Every match, page by page (of 7, every match tied on the first key), each page
	 * after the last one's id.
	 */
	private static List<OrderedId> pages(IndexSearcher searcher, boolean highestFirst) throws IOException {
		var sort = new Sort(new SortField("tied", SortField.Type.LONG),
				new SortField("id", new ListingIdOrder("high", "low"), highestFirst));
		var seen = new ArrayList<OrderedId>();
		FieldDoc after = null;
		while (true) {
			var page = searcher.search(new MatchAllDocsQuery(),
					new TopFieldCollectorManager(sort, 7, after, Integer.MAX_VALUE));
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

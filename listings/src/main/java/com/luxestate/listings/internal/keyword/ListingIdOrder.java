package com.luxestate.listings.internal.keyword;

import java.io.IOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * Orders matches by listing id, the tie-break of every order. The index keeps each
 * segment sorted by id, highest first ({@link #indexSort}), so a match tied with the
 * page's last one of the same segment is compared by document number, and ids are read
 * only for matches that enter the page and to compare matches of different segments (or
 * of a segment not sorted so). A common word has hundreds of thousands of matches tied on
 * their score with the last one of the page: reading each one's id cost as much as the
 * rest of the search.
 */
final class ListingIdOrder extends FieldComparatorSource {

	private final String highField;

	private final String lowField;

	private final Sort indexSort;

	/**
	 * The order the index keeps its segments in, which lets this order compare by
	 * document number.
	 */
	static Sort indexSort(String highField, String lowField) {
		return new Sort(new SortField(highField, SortField.Type.LONG, true),
				new SortField(lowField, SortField.Type.LONG, true));
	}

	/**
	 * Lowest id first; a {@link SortField} reversed gives highest first, as for any other
	 * field.
	 * @param highField the first half of the id as a number that orders as that half of
	 * the uuid does
	 * @param lowField the second half, likewise
	 */
	ListingIdOrder(String highField, String lowField) {
		this.highField = highField;
		this.lowField = lowField;
		this.indexSort = indexSort(highField, lowField);
	}

	/** A listing id as the two numbers the index orders it by. */
	record OrderedId(long high, long low) implements Comparable<OrderedId> {

		@Override
		public int compareTo(OrderedId other) {
			return compare(high, low, other.high, other.low);
		}

		static int compare(long firstHigh, long firstLow, long secondHigh, long secondLow) {
			int byHigh = Long.compare(firstHigh, secondHigh);
			return byHigh != 0 ? byHigh : Long.compare(firstLow, secondLow);
		}
	}

	@Override
	public FieldComparator<OrderedId> newComparator(String field, int slots, Pruning pruning, boolean reversed) {
		return new Comparator(slots);
	}

	private final class Comparator extends FieldComparator<OrderedId> {

		private final long[] highs;

		private final long[] lows;

		/** The segment each slot's match is from, and its document number there. */
		private final int[] segments;

		private final int[] documents;

		private OrderedId top;

		/**
		 * The page's last slot, kept here: Lucene tells it to the segment it changes in,
		 * not to the next ones.
		 */
		private int bottom;

		Comparator(int slots) {
			highs = new long[slots];
			lows = new long[slots];
			segments = new int[slots];
			documents = new int[slots];
		}

		@Override
		public int compare(int first, int second) {
			return OrderedId.compare(highs[first], lows[first], highs[second], lows[second]);
		}

		@Override
		public void setTopValue(OrderedId value) {
			top = value;
		}

		@Override
		public OrderedId value(int slot) {
			return new OrderedId(highs[slot], lows[slot]);
		}

		@Override
		public LeafFieldComparator getLeafComparator(LeafReaderContext segment) throws IOException {
			var high = DocValues.getNumeric(segment.reader(), highField);
			var low = DocValues.getNumeric(segment.reader(), lowField);
			var sortedById = indexSort.equals(segment.reader().getMetaData().sort());
			return new LeafFieldComparator() {

				@Override
				public void setBottom(int slot) {
					bottom = slot;
				}

				@Override
				public int compareBottom(int document) throws IOException {
					if (sortedById && segments[bottom] == segment.ord) {
						// The segment is sorted by id, highest first: a later document
						// has a lower id.
						return Integer.compare(document, documents[bottom]);
					}
					return value(bottom).compareTo(read(document));
				}

				@Override
				public int compareTop(int document) throws IOException {
					return top.compareTo(read(document));
				}

				@Override
				public void copy(int slot, int document) throws IOException {
					var id = read(document);
					highs[slot] = id.high();
					lows[slot] = id.low();
					segments[slot] = segment.ord;
					documents[slot] = document;
				}

				@Override
				public void setScorer(Scorable scorer) {
					// the order needs no score
				}

				private OrderedId read(int document) throws IOException {
					if (!high.advanceExact(document) || !low.advanceExact(document)) {
						throw new IllegalStateException("A listing without an id in the keyword index");
					}
					return new OrderedId(high.longValue(), low.longValue());
				}
			};
		}

	}

}

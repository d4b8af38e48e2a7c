package com.luxestate.listings.internal.keyword;

import static com.luxestate.listings.internal.jooq.Tables.LISTING;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.not;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import com.luxestate.listings.internal.SearchCriteria;
import com.luxestate.listings.internal.SearchCursor;
import com.luxestate.listings.internal.SearchSort;
import com.luxestate.listings.internal.keyword.ListingIdOrder.OrderedId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Keyword search from an index of the publicly visible listings' search documents that
 * each instance keeps in a directory of its own (Lucene, ADR 0011). PostgreSQL stays the
 * only truth: the index holds the lexemes of the {@code document} column and the
 * filterable columns, read from the database, and follows the changes the database
 * records (V7). Every search first reads what changed since the last one, so a search on
 * any instance sees every change committed before it began, as a search in PostgreSQL
 * would.
 * <p>
 * Counting and ranking the matches of a word happens in the index, where it costs
 * microseconds per match instead of a table row read per match: a word in a third of a
 * million listings is counted and ranked in tens of milliseconds. Searches the index does
 * not answer (around a point, in a box, by distance) stay in PostgreSQL.
 */
@Component
public class KeywordIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(KeywordIndex.class);

	/**
	 * How long changes are kept for the instances to read: an instance that has not read
	 * them for longer rebuilds.
	 */
	static final Duration CHANGES_KEPT = Duration.ofMinutes(15);
	static final Duration REBUILD_WHEN_BEHIND = Duration.ofMinutes(10);

	private static final int BATCH = 2_000;

	private static final String ID = "id";

	/**
	 * The id as two numbers, for ordering ties: a string order reads each tied id from
	 * the terms dictionary.
	 */
	private static final String ID_HIGH = "id_high";

	private static final String ID_LOW = "id_low";

	private static final ListingIdOrder ID_ORDER = new ListingIdOrder(ID_HIGH, ID_LOW);

	private static final SortField HIGHEST_ID_FIRST = new SortField(ID, ID_ORDER, true);

	private static final SortField LOWEST_ID_FIRST = new SortField(ID, ID_ORDER);

	private static final String STATUS = "status";

	private static final String PURPOSE = "purpose";

	private static final String TYPE = "type";

	private static final String CURRENCY = "currency";

	private static final String CITY = "city";

	private static final String COUNTRY = "country";

	private static final String FEATURE = "feature";

	private static final String PRICE = "price";

	private static final String BEDROOMS = "bedrooms";

	private static final String BATHROOMS = "bathrooms";

	private static final String AREA = "area";

	private static final String PUBLISHED = "published";

	private static final org.jooq.Field<String> DOCUMENT_TEXT = field("{0}::text", SQLDataType.VARCHAR,
			LISTING.DOCUMENT);

	private static final List<org.jooq.Field<?>> INDEXED = List.of(LISTING.ID, LISTING.STATUS, LISTING.OWNER_SUSPENDED,
			DOCUMENT_TEXT, LISTING.PURPOSE, LISTING.PROPERTY_TYPE, LISTING.PRICE_AMOUNT, LISTING.PRICE_CURRENCY,
			LISTING.BEDROOMS, LISTING.BATHROOMS, LISTING.LIVING_AREA, LISTING.CITY_KEY, LISTING.COUNTRY,
			LISTING.FEATURES, LISTING.PUBLISHED_AT);

	private static final Condition PUBLICLY_VISIBLE = LISTING.STATUS.in(inline("ACTIVE"), inline("PENDING"))
		.and(not(LISTING.OWNER_SUSPENDED));

	private final DSLContext sql;

	private final TransactionTemplate snapshot;

	private final TransactionTemplate following;

	private final Duration refresh;

	private final ScheduledExecutorService follower = Executors
		.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("keyword-index").factory());

	private final Clock clock;

	private final Path directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/**
	 * Held while the index changes, so that changes are applied in one order and a search
	 * waits for them.
	 */
	private final ReentrantLock changing = new ReentrantLock();

	private volatile boolean ready;

	/**
	 * The oldest transaction that was still running when the changes were last read: read
	 * from it on next time.
	 */
	private long horizon;

	/**
	 * Changes at or after the horizon already applied, by seq, with their transaction:
	 * read again, not applied.
	 */
	private final Map<Long, Long> appliedSinceHorizon = new HashMap<>();

	private volatile Instant lastCaughtUp = Instant.EPOCH;

	KeywordIndex(DSLContext sql, PlatformTransactionManager transactions, Clock clock,
			@Value("${luxestate.search.keyword-index.directory:${LUXESTATE_KEYWORD_INDEX_DIR:}}") String directory,
			@Value("${luxestate.search.keyword-index.refresh:PT1S}") Duration refresh) throws IOException {
		this.sql = sql;
		this.clock = clock;
		this.refresh = refresh;
		this.snapshot = new TransactionTemplate(transactions);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		snapshot.setReadOnly(true);
		this.following = new TransactionTemplate(transactions);
		following.setReadOnly(true);
		this.directory = directory.isBlank() ? Files.createTempDirectory("luxestate-keyword-index")
				: Files.createDirectories(Path.of(directory)).resolve("index-" + UUID.randomUUID());
		// Each segment in descending id order, the tie-break of relevance, newest and
		// highest price first: a match
		// tied with the page's last one then comes after it, and is dismissed by its
		// document number alone
		// (ListingIdOrder) instead of displacing the last one and reordering the page,
		// for each of the hundreds of
		// thousands of equally ranked matches of a common word.
		this.writer = new IndexWriter(FSDirectory.open(this.directory),
				new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE)
					.setRAMBufferSizeMB(128)
					.setIndexSort(ListingIdOrder.indexSort(ID_HIGH, ID_LOW)));
		this.searchers = new SearcherManager(writer, new SearcherFactory() {
			@Override
			public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
					org.apache.lucene.index.IndexReader previous) {
				var searcher = new IndexSearcher(reader);
				searcher.setSimilarity(WordRank.similarity());
				return searcher;
			}
		});
	}

	/**
	 * Whether this keyword search can be answered here: not one with geography, nor while
	 * the index is building (PostgreSQL answers those). Asked before the search's words
	 * are parsed, which costs a statement.
	 */
	public boolean answers(SearchCriteria criteria) {
		return ready && criteria.text() != null && criteria.boundingBox() == null && criteria.near() == null
				&& criteria.sort() != SearchSort.DISTANCE;
	}

	/** Whether the index is built and following the changes. */
	public boolean isReady() {
		return ready;
	}

	/**
	 * Built once the application has started (and the demo data, if asked for, is
	 * loaded), before it reports itself ready for traffic.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void buildOnStart() {
		rebuild();
		follower.scheduleWithFixedDelay(this::followChanges, refresh.toMillis(), refresh.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/**
	 * Reads every publicly visible listing again, from one snapshot, and follows the
	 * changes from that snapshot on. The transaction (and so a pooled connection) is
	 * taken before the lock, as every holder of the lock does: searches wait for the lock
	 * holding a connection, and a holder waiting for a connection would wait for them.
	 */
	void rebuild() {
		snapshot.executeWithoutResult(status -> {
			changing.lock();
			try {
				ready = false;
				var started = System.nanoTime();
				writer.deleteAll();
				horizon = currentHorizon();
				appliedSinceHorizon.clear();
				int indexed = 0;
				try (var rows = sql.select(INDEXED)
					.from(LISTING)
					.where(PUBLICLY_VISIBLE)
					.fetchSize(BATCH)
					.fetchLazy()) {
					for (var row : rows) {
						writer.addDocument(document(row));
						indexed++;
					}
				}
				// One segment: a search then walks each word's matches once rather than
				// once per segment.
				writer.forceMerge(1);
				writer.commit();
				searchers.maybeRefreshBlocking();
				lastCaughtUp = clock.instant();
				ready = true;
				log.info("Keyword index built: {} listings in {} ms", indexed,
						(System.nanoTime() - started) / 1_000_000);
			}
			catch (IOException failure) {
				throw new UncheckedIOException(failure);
			}
			finally {
				changing.unlock();
			}
		});
	}

	/**
	 * Keeps the index close to the database between searches, so that a search has little
	 * to read first. Every instance does this for itself, whether or not it runs the
	 * scheduled jobs.
	 */
	private void followChanges() {
		try {
			if (ready) {
				following.executeWithoutResult(status -> catchUp());
			}
		}
		catch (RuntimeException failure) {
			log.warn("Keyword index could not read the latest changes; the next search will", failure);
		}
	}

	/** Deletes the changes every instance has had the time to read. */
	@Scheduled(fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
	@SchedulerLock(name = "listings-keyword-index-changes")
	void forgetOldChanges() {
		sql.execute("DELETE FROM listings.keyword_index_change WHERE recorded_at < now() - {0}::interval",
				inline(CHANGES_KEPT.toSeconds() + " seconds"));
	}

	/**
	 * Applies the changes committed since the last time. An instance that could not read
	 * them for longer than they are kept rebuilds in the background, and PostgreSQL
	 * answers keyword searches meanwhile. Called within a transaction (see
	 * {@link #rebuild}).
	 * @return whether the index is current
	 */
	boolean catchUp() {
		changing.lock();
		try {
			if (!ready) {
				return false;
			}
			if (lastCaughtUp.isBefore(clock.instant().minus(REBUILD_WHEN_BEHIND))) {
				ready = false;
				Thread.ofVirtual().name("keyword-index-rebuild").start(this::rebuild);
				return false;
			}
			var changes = sql.fetch("""
					SELECT now_running.horizon, now_running.writing, change.seq,
					       change.transaction_id::text::bigint AS transaction_id, change.listing_id
					FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS horizon,
					             pg_current_xact_id_if_assigned() IS NOT NULL AS writing) AS now_running
					LEFT JOIN listings.keyword_index_change AS change ON change.transaction_id >= {0}::text::xid8
					ORDER BY change.seq""", inline(String.valueOf(horizon)));
			if (changes.getFirst().get("writing", Boolean.class)) {
				// A transaction that has written sees its own changes, which may yet roll
				// back: it must not index
				// what it reads, and PostgreSQL answers its search as it sees the
				// listings.
				return false;
			}
			var changed = new LinkedHashSet<UUID>();
			for (var change : changes) {
				var seq = change.get("seq", Long.class);
				if (seq != null
						&& appliedSinceHorizon.putIfAbsent(seq, change.get("transaction_id", Long.class)) == null) {
					changed.add(change.get("listing_id", UUID.class));
				}
			}
			if (!changed.isEmpty()) {
				reindex(changed);
			}
			horizon = changes.getFirst().get("horizon", Long.class);
			appliedSinceHorizon.values().removeIf(transaction -> transaction < horizon);
			lastCaughtUp = clock.instant();
			return true;
		}
		finally {
			changing.unlock();
		}
	}

	private void reindex(Collection<UUID> listingIds) {
		try {
			var batch = new ArrayList<UUID>(BATCH);
			for (var id : listingIds) {
				batch.add(id);
				if (batch.size() == BATCH) {
					reindexBatch(batch);
					batch.clear();
				}
			}
			if (!batch.isEmpty()) {
				reindexBatch(batch);
			}
			searchers.maybeRefreshBlocking();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private void reindexBatch(List<UUID> listingIds) throws IOException {
		var gone = new HashSet<>(listingIds);
		for (var row : sql.select(INDEXED)
			.from(LISTING)
			.where(LISTING.ID.in(listingIds).and(PUBLICLY_VISIBLE))
			.fetch()) {
			writer.updateDocument(new Term(ID, row.get(LISTING.ID).toString()), document(row));
			gone.remove(row.get(LISTING.ID));
		}
		for (var id : gone) {
			writer.deleteDocuments(new Term(ID, id.toString()));
		}
	}

	/**
	 * One page of a keyword search (without a point, a box or a distance order, which the
	 * index does not answer), or empty when PostgreSQL must answer it.
	 * @param tsquery the query text as PostgreSQL parsed it
	 * ({@code websearch_to_tsquery})
	 * @param cityKey the city as the search compares it ({@code search_text(city)}),
	 * {@code null} for any
	 */
	public Optional<KeywordPage> search(SearchCriteria criteria, String tsquery, String cityKey) {
		if (!answers(criteria)) {
			return Optional.empty();
		}
		var parsed = KeywordQuery.parse(tsquery);
		if (parsed.isEmpty() || !catchUp()) {
			return Optional.empty();
		}
		try {
			var searcher = searchers.acquire();
			try {
				var sort = sort(criteria.sort());
				var collector = new TopFieldCollectorManager(sort, criteria.limit() + 1,
						criteria.after() == null ? null : after(criteria.after()), Integer.MAX_VALUE);
				var top = searcher.search(query(criteria, parsed.get(), cityKey), collector);
				var hits = new ArrayList<KeywordHit>();
				for (var scored : top.scoreDocs) {
					var fields = ((FieldDoc) scored).fields;
					var id = (OrderedId) fields[1];
					hits.add(new KeywordHit(new UUID(ordered(id.high()), ordered(id.low())),
							sortKey(criteria.sort(), fields[0])));
				}
				return Optional.of(new KeywordPage(hits, Math.toIntExact(top.totalHits.value())));
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private static Query query(SearchCriteria criteria, KeywordQuery keywords, String cityKey) {
		var query = new BooleanQuery.Builder();
		// Ranked by where the words are (WordRank); other orders need no score. A search
		// for plain words, the usual
		// one, is found (and ranked) by the ranked words of the listings searched alone,
		// which need no status
		// filter. Any other filters by the query (or, not, phrases) and the status, and
		// the words it looks for add
		// up the score.
		var ranked = criteria.sort() == SearchSort.RELEVANCE;
		if (keywords.allOfTerms()) {
			keywords.terms()
				.forEach(term -> query.add(rankedWord(term, criteria.includePending()),
						ranked ? Occur.MUST : Occur.FILTER));
		}
		else {
			query.add(keywords.match(), Occur.FILTER);
			// The index holds active and pending listings only.
			if (!criteria.includePending()) {
				query.add(new TermQuery(new Term(STATUS, "ACTIVE")), Occur.FILTER);
			}
			if (ranked) {
				keywords.terms().forEach(term -> query.add(rankedWord(term, criteria.includePending()), Occur.SHOULD));
			}
		}
		if (criteria.purpose() != null) {
			query.add(new TermQuery(new Term(PURPOSE, criteria.purpose().name())), Occur.FILTER);
		}
		if (!criteria.types().isEmpty()) {
			query.add(anyOf(TYPE, criteria.types().stream().map(Enum::name).toList()), Occur.FILTER);
		}
		if (criteria.minPrice() != null || criteria.maxPrice() != null) {
			query.add(LongPoint.newRangeQuery(PRICE,
					hundredths(criteria.minPrice(), RoundingMode.CEILING, Long.MIN_VALUE),
					hundredths(criteria.maxPrice(), RoundingMode.FLOOR, Long.MAX_VALUE)), Occur.FILTER);
		}
		if (criteria.currency() != null) {
			query.add(new TermQuery(new Term(CURRENCY, criteria.currency())), Occur.FILTER);
		}
		if (criteria.minBedrooms() != null) {
			query.add(IntPoint.newRangeQuery(BEDROOMS, criteria.minBedrooms(), Integer.MAX_VALUE), Occur.FILTER);
		}
		if (criteria.minBathrooms() != null) {
			query.add(
					LongPoint.newRangeQuery(BATHROOMS,
							hundredths(criteria.minBathrooms(), RoundingMode.CEILING, Long.MIN_VALUE), Long.MAX_VALUE),
					Occur.FILTER);
		}
		if (criteria.minArea() != null || criteria.maxArea() != null) {
			query
				.add(LongPoint.newRangeQuery(AREA, hundredths(criteria.minArea(), RoundingMode.CEILING, Long.MIN_VALUE),
						hundredths(criteria.maxArea(), RoundingMode.FLOOR, Long.MAX_VALUE)), Occur.FILTER);
		}
		if (cityKey != null) {
			query.add(new TermQuery(new Term(CITY, cityKey)), Occur.FILTER);
		}
		if (criteria.country() != null) {
			query.add(new TermQuery(new Term(COUNTRY, criteria.country())), Occur.FILTER);
		}
		for (var feature : criteria.features()) {
			query.add(new TermQuery(new Term(FEATURE, feature)), Occur.FILTER);
		}
		return query.build();
	}

	/**
	 * A word among the ranked words of the listings searched: active ones, or pending
	 * ones too.
	 */
	private static Query rankedWord(String term, boolean includePending) {
		var active = new TermQuery(new Term(WordRank.ACTIVE, term));
		return !includePending ? active
				: new BooleanQuery.Builder().add(active, Occur.SHOULD)
					.add(new TermQuery(new Term(WordRank.PENDING, term)), Occur.SHOULD)
					.build();
	}

	private static Query anyOf(String field, Collection<String> values) {
		return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
	}

	/**
	 * Decimal columns as whole hundredths, rounded inwards for a bound, so that
	 * comparisons stay exact.
	 */
	private static long hundredths(BigDecimal value, RoundingMode rounding, long none) {
		return value == null ? none : value.movePointRight(2).setScale(0, rounding).longValueExact();
	}

	private static Sort sort(SearchSort order) {
		return switch (order) {
			case RELEVANCE -> new Sort(SortField.FIELD_SCORE, HIGHEST_ID_FIRST);
			case NEWEST -> new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true), HIGHEST_ID_FIRST);
			case PRICE_ASC -> new Sort(new SortField(PRICE, SortField.Type.LONG), LOWEST_ID_FIRST);
			case PRICE_DESC -> new Sort(new SortField(PRICE, SortField.Type.LONG, true), HIGHEST_ID_FIRST);
			case DISTANCE -> throw new IllegalArgumentException("Distance order is PostgreSQL's");
		};
	}

	/**
	 * Half of a uuid as a signed number that orders as PostgreSQL orders uuids (bytewise,
	 * unsigned): the sign bit flipped.
	 */
	private static long ordered(long bits) {
		return bits ^ Long.MIN_VALUE;
	}

	/**
	 * Where the previous page ended; its own listing (same sort values, a lower document
	 * number) is not repeated.
	 */
	private static FieldDoc after(SearchCursor cursor) {
		Object key = switch (cursor.sort()) {
			case RELEVANCE -> cursor.rank();
			case NEWEST -> cursor.epochMicros();
			case PRICE_ASC, PRICE_DESC -> hundredths(cursor.amount(), RoundingMode.UNNECESSARY, 0);
			case DISTANCE -> throw new IllegalArgumentException("Distance order is PostgreSQL's");
		};
		var id = cursor.lastId();
		return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] { key,
				new OrderedId(ordered(id.getMostSignificantBits()), ordered(id.getLeastSignificantBits())) });
	}

	/** The sort value as the search's cursor holds it. */
	private static Object sortKey(SearchSort order, Object value) {
		return switch (order) {
			case RELEVANCE -> value;
			case NEWEST -> Instant.EPOCH.plus((Long) value, ChronoUnit.MICROS);
			case PRICE_ASC, PRICE_DESC -> BigDecimal.valueOf((Long) value, 2);
			case DISTANCE -> throw new IllegalArgumentException("Distance order is PostgreSQL's");
		};
	}

	private static Document document(Record row) {
		var document = new Document();
		var id = row.get(LISTING.ID);
		document.add(new StringField(ID, id.toString(), Field.Store.NO));
		document.add(new NumericDocValuesField(ID_HIGH, ordered(id.getMostSignificantBits())));
		document.add(new NumericDocValuesField(ID_LOW, ordered(id.getLeastSignificantBits())));
		var status = row.get(LISTING.STATUS);
		document.add(new StringField(STATUS, status, Field.Store.NO));
		var searchDocument = SearchDocument.parse(row.get(DOCUMENT_TEXT));
		document.add(new TextField(KeywordQuery.LEXEMES, searchDocument.tokens()));
		document.add(WordRank.field(status, searchDocument));
		document.add(new StringField(PURPOSE, row.get(LISTING.PURPOSE), Field.Store.NO));
		document.add(new StringField(TYPE, row.get(LISTING.PROPERTY_TYPE), Field.Store.NO));
		var price = hundredths(row.get(LISTING.PRICE_AMOUNT), RoundingMode.UNNECESSARY, 0);
		document.add(new LongPoint(PRICE, price));
		document.add(new NumericDocValuesField(PRICE, price));
		document.add(new StringField(CURRENCY, row.get(LISTING.PRICE_CURRENCY), Field.Store.NO));
		if (row.get(LISTING.BEDROOMS) != null) {
			document.add(new IntPoint(BEDROOMS, row.get(LISTING.BEDROOMS)));
		}
		if (row.get(LISTING.BATHROOMS) != null) {
			document.add(new LongPoint(BATHROOMS, hundredths(row.get(LISTING.BATHROOMS), RoundingMode.UNNECESSARY, 0)));
		}
		if (row.get(LISTING.LIVING_AREA) != null) {
			document.add(new LongPoint(AREA, hundredths(row.get(LISTING.LIVING_AREA), RoundingMode.UNNECESSARY, 0)));
		}
		document.add(new StringField(CITY, row.get(LISTING.CITY_KEY), Field.Store.NO));
		document.add(new StringField(COUNTRY, row.get(LISTING.COUNTRY), Field.Store.NO));
		for (var feature : row.get(LISTING.FEATURES)) {
			document.add(new StringField(FEATURE, feature, Field.Store.NO));
		}
		var published = row.get(LISTING.PUBLISHED_AT);
		document.add(new NumericDocValuesField(PUBLISHED,
				published == null ? Long.MIN_VALUE : ChronoUnit.MICROS.between(Instant.EPOCH, published)));
		return document;
	}

	private long currentHorizon() {
		return sql.select(field("pg_snapshot_xmin(pg_current_snapshot())::text::bigint", SQLDataType.BIGINT))
			.fetchSingle()
			.value1();
	}

	@Override
	public void destroy() throws IOException {
		follower.shutdownNow();
		changing.lock();
		searchers.close();
		writer.close();
		FileSystemUtils.deleteRecursively(directory);
	}

	/** A page of matches, best first, and how many there are. */
	public record KeywordPage(List<KeywordHit> hits, int total) {
	}

	/**
	 * A match and its sort value (rank, publication time or price), as the search's
	 * cursor holds it.
	 */
	public record KeywordHit(UUID listingId, Object sortKey) {
	}

}

package com.luxestate.listings.internal;

import static com.luxestate.listings.internal.jooq.Tables.LISTING;
import static com.luxestate.listings.internal.jooq.Tables.LISTING_IMAGE;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.val;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.conf.SettingsTools;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.Money;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.listings.internal.SearchCriteria.BoundingBox;
import com.luxestate.listings.internal.jooq.Routines;
import com.luxestate.listings.internal.keyword.KeywordIndex;
import com.luxestate.listings.internal.keyword.KeywordIndex.KeywordHit;
import com.luxestate.platform.Page;

/**
 * Search over publicly visible listings, in SQL: full text on the generated
 * {@code document} column, geo on the public coordinates (so hidden addresses are found
 * only by their ~1 km grid cell), keyset paging. Each condition is written so that one of
 * the partial indexes of V2 serves it; statuses are inlined, so the planner can prove the
 * partial indexes' predicate.
 */
@Service
@Transactional(readOnly = true)
public class ListingSearch {

	static final double SIMILAR_RADIUS_METRES = 25_000;
	static final double[] SIMILAR_SEARCH_RADII_METRES = { 2_000, 8_000, SIMILAR_RADIUS_METRES };
	static final int SIMILAR_LIMIT = 10;

	/**
	 * About 100 km by 80 km in Europe: boxes beyond are regions rather than
	 * neighbourhoods.
	 */
	static final double LARGE_BOX_DEGREES_SQUARED = 1.0;

	private final DSLContext sql;

	private final ListingSearchTally tally;

	private final KeywordIndex keywords;

	/**
	 * Search statements are sent with their values inlined (jOOQ escapes them). With bind
	 * parameters, PostgreSQL switches to a generic plan after a few executions, planned
	 * without the values, and a generic plan can neither estimate how selective a city or
	 * a price range is nor always prove the partial indexes' predicate.
	 */
	ListingSearch(DSLContext sql, ListingSearchTally tally, KeywordIndex keywords) {
		this.tally = tally;
		this.keywords = keywords;
		this.sql = sql.configuration()
			.derive(SettingsTools.clone(sql.settings()).withStatementType(StatementType.STATIC_STATEMENT))
			.dsl();
	}

	public Page<SearchHit> search(SearchCriteria criteria) {
		if (keywords.answers(criteria)) {
			var fromIndex = searchKeywordIndex(criteria);
			if (fromIndex.isPresent()) {
				return fromIndex.get();
			}
		}
		return searchDatabase(criteria);
	}

	/** The search in PostgreSQL alone: every search the keyword index does not answer. */
	Page<SearchHit> searchDatabase(SearchCriteria criteria) {
		var where = conditions(criteria, false);
		var query = tsQuery(criteria.text());
		var rank = query == null ? null : field("ts_rank({0}, {1})", SQLDataType.REAL, LISTING.DOCUMENT, query);
		var distance = criteria.near() == null ? null : distanceFrom(criteria.near());
		var sortKey = sortKey(criteria, rank);

		var page = conditions(criteria, true);
		if (criteria.after() != null) {
			page = page.and(after(criteria.sort(), sortKey, criteria.after()));
		}
		// The page is chosen on narrow rows (id, sort key, distance), which the covering
		// indexes often answer alone,
		// and only the chosen listings are read in full: ranking thousands of wide rows
		// would carry (and spill) every
		// description through the sort.
		var narrow = new ArrayList<Field<?>>(List.of(LISTING.ID, sortKey.as("sort_key")));
		if (distance != null) {
			narrow.add(distance.as("distance"));
		}
		var tallied = ListingSearchTally.answers(criteria);
		// When the page has to look at every match anyway (ranking, a radius in another
		// order), it counts them on the
		// way; otherwise the tally or a count of its own does, while the page stops after
		// one page of an index.
		var countAlongside = criteria.after() == null && !tallied
				&& (criteria.text() != null || criteria.radiusKm() != null) && criteria.sort() != SearchSort.DISTANCE;
		Table<?> chosen;
		if (criteria.sort() == SearchSort.DISTANCE) {
			chosen = sql.select(narrow)
				.from(LISTING)
				.where(page.and(withinReachOfNextPage(page, criteria)))
				.orderBy(order(criteria.sort(), sortKey, LISTING.ID))
				.limit(criteria.limit() + 1)
				.asTable("chosen");
		}
		else if (countAlongside) {
			// Materialised, so that rank and distance are computed once per match below
			// the window count: otherwise
			// PostgreSQL computes them above it and the window's buffer holds (and
			// spills) every match's document.
			var matches = DSL.name("matches").asMaterialized(sql.select(narrow).from(LISTING).where(page));
			chosen = sql.with(matches)
				.select(matches.asterisk(), DSL.count().over().as("matches"))
				.from(matches)
				.orderBy(order(criteria.sort(), matches.field("sort_key"), matches.field(LISTING.ID)))
				.limit(criteria.limit() + 1)
				.asTable("chosen");
		}
		else {
			chosen = sql.select(narrow)
				.from(LISTING)
				.where(page)
				.orderBy(order(criteria.sort(), sortKey, LISTING.ID))
				.limit(criteria.limit() + 1)
				.asTable("chosen");
		}
		var chosenId = chosen.field(LISTING.ID);
		var rows = sql.select(SHOWN)
			.select(chosen.fields())
			.select(PRIMARY_IMAGE)
			.from(chosen)
			.join(LISTING)
			.on(LISTING.ID.eq(chosenId))
			.orderBy(order(criteria.sort(), chosen.field("sort_key"), chosenId))
			.fetch();
		int total;
		if (tallied) {
			total = tally.total(criteria);
		}
		else if (countAlongside) {
			total = rows.isEmpty() ? 0 : rows.getFirst().get("matches", Integer.class);
		}
		else {
			total = sql.fetchCount(LISTING, where);
		}
		return Page
			.<Record>ofLookahead(rows, criteria.limit(), last -> cursorAfter(criteria.sort(), last).encode(), total)
			.map(row -> hit(row, distance != null));
	}

	/**
	 * A keyword search answered by the index (ADR 0011), which counts and ranks the
	 * matches; PostgreSQL parses the words (as it does for the document) and reads what
	 * the page shows. The page reads only listings still publicly visible: the index is
	 * current as of the start of the search, and this keeps it so to its end.
	 */
	Optional<Page<SearchHit>> searchKeywordIndex(SearchCriteria criteria) {
		var parsed = sql
			.select(field("websearch_to_tsquery('simple', {0})::text", SQLDataType.VARCHAR,
					Routines.searchText(val(criteria.text()))),
					criteria.city() == null ? inline((String) null) : Routines.searchText(val(criteria.city())))
			.fetchSingle();
		return keywords.search(criteria, parsed.value1(), parsed.value2()).map(page -> {
			var shown = Page.ofLookahead(page.hits(), criteria.limit(), last -> new SearchCursor(criteria.sort(),
					encodedKey(criteria.sort(), last.sortKey()), last.listingId())
				.encode(), page.total());
			var rows = sql.select(SHOWN)
				.select(PRIMARY_IMAGE)
				.from(LISTING)
				.where(LISTING.ID.in(shown.items().stream().map(KeywordHit::listingId).toList())
					.and(publiclyVisible(criteria.includePending())))
				.fetchMap(LISTING.ID);
			var hits = shown.items()
				.stream()
				.map(hit -> rows.get(hit.listingId()))
				.filter(Objects::nonNull)
				.map(row -> hit(row, false))
				.toList();
			return new Page<>(hits, shown.nextCursor(), shown.total());
		});
	}

	/**
	 * Listings like the given one: same purpose, type and currency, nearby, best first by
	 * a score that adds up the distance and how far price, bedrooms and living area are
	 * from the original's, in relative terms. Candidates are looked for within 2 km
	 * first, and further out (8, then 25 km) only where that finds too few: in a city,
	 * the wide circle holds tens of thousands of listings that would all have to be
	 * scored.
	 */
	public List<SearchHit> similarTo(ListingView original) {
		var location = original.details().location();
		if (location == null) {
			return List.of();
		}
		var details = original.details();
		var distance = distanceFrom(location);
		var priceGap = field("abs(ln({0} / {1}))", SQLDataType.DOUBLE, LISTING.PRICE_AMOUNT,
				val(details.price().amount()));
		Field<Double> bedroomGap = details.bedrooms() == null ? inline(0.0)
				: field("coalesce(abs({0} - {1}), 3)::float8", SQLDataType.DOUBLE, LISTING.BEDROOMS,
						val(details.bedrooms().shortValue()));
		Field<Double> areaGap = details.livingArea() == null ? inline(0.0) : field("coalesce(abs(ln({0} / {1})), 1)",
				SQLDataType.DOUBLE, LISTING.LIVING_AREA, val(details.livingArea()));
		var score = distance.div(SIMILAR_RADIUS_METRES).plus(priceGap.mul(2)).plus(bedroomGap.mul(0.5)).plus(areaGap);
		org.jooq.Result<Record> rows = null;
		for (var radius : SIMILAR_SEARCH_RADII_METRES) {
			rows = sql.select(SHOWN)
				.select(distance.as("distance"), PRIMARY_IMAGE)
				.from(LISTING)
				.where(publiclyVisible(false))
				.and(LISTING.ID.ne(original.id()))
				.and(LISTING.PURPOSE.eq(details.purpose().name()))
				.and(LISTING.PROPERTY_TYPE.eq(details.propertyType().name()))
				.and(LISTING.PRICE_CURRENCY.eq(details.price().currency()))
				.and(LISTING.PRICE_AMOUNT.between(details.price().amount().divide(BigDecimal.TWO),
						details.price().amount().multiply(BigDecimal.TWO)))
				.and(within(location, radius))
				.orderBy(score, LISTING.ID)
				.limit(SIMILAR_LIMIT)
				.fetch();
			if (rows.size() == SIMILAR_LIMIT) {
				break;
			}
		}
		return rows.stream().map(row -> hit(row, true)).toList();
	}

	private Condition conditions(SearchCriteria criteria, boolean forPage) {
		var where = publiclyVisible(criteria.includePending());
		var query = tsQuery(criteria.text());
		if (query != null) {
			where = where.and(condition("{0} @@ {1}", LISTING.DOCUMENT, query));
		}
		if (criteria.purpose() != null) {
			where = where.and(LISTING.PURPOSE.eq(criteria.purpose().name()));
		}
		if (!criteria.types().isEmpty()) {
			where = where.and(LISTING.PROPERTY_TYPE.in(criteria.types().stream().map(Enum::name).toList()));
		}
		if (criteria.minPrice() != null) {
			where = where.and(LISTING.PRICE_AMOUNT.ge(criteria.minPrice()));
		}
		if (criteria.maxPrice() != null) {
			where = where.and(LISTING.PRICE_AMOUNT.le(criteria.maxPrice()));
		}
		if (criteria.currency() != null) {
			where = where.and(LISTING.PRICE_CURRENCY.eq(criteria.currency()));
		}
		if (criteria.minBedrooms() != null) {
			where = where.and(LISTING.BEDROOMS.ge(criteria.minBedrooms().shortValue()));
		}
		if (criteria.minBathrooms() != null) {
			where = where.and(LISTING.BATHROOMS.ge(criteria.minBathrooms()));
		}
		if (criteria.minArea() != null) {
			where = where.and(LISTING.LIVING_AREA.ge(criteria.minArea()));
		}
		if (criteria.maxArea() != null) {
			where = where.and(LISTING.LIVING_AREA.le(criteria.maxArea()));
		}
		if (criteria.city() != null) {
			where = where.and(LISTING.CITY_KEY.eq(Routines.searchText(val(criteria.city()))));
		}
		if (criteria.country() != null) {
			where = where.and(LISTING.COUNTRY.eq(criteria.country()));
		}
		if (!criteria.features().isEmpty()) {
			where = where.and(LISTING.FEATURES.contains(criteria.features().toArray(String[]::new)));
		}
		if (criteria.boundingBox() != null) {
			where = where.and(within(criteria.boundingBox(), forPage));
		}
		if (criteria.near() != null && criteria.radiusKm() != null) {
			where = where.and(within(criteria.near(), criteria.radiusKm() * 1000));
		}
		return where;
	}

	/**
	 * The GiST index answers a box index-only, at a cost that grows with the listings
	 * inside, which suits counting and small boxes. But PostgreSQL estimates every box to
	 * hold a fixed 0.1% of the rows, so for the page of a large box (a region on a
	 * zoomed-out map) it would still collect all of them before sorting. The same box
	 * written as coordinate ranges is estimated from the column statistics, and the
	 * planner then walks the sort order's B-tree and stops after one page.
	 */
	private static Condition within(BoundingBox box, boolean forPage) {
		var degreesSquared = (box.maxLon() - box.minLon()) * (box.maxLat() - box.minLat());
		if (forPage && degreesSquared > LARGE_BOX_DEGREES_SQUARED) {
			return LISTING.PUBLIC_LONGITUDE.between(box.minLon(), box.maxLon())
				.and(LISTING.PUBLIC_LATITUDE.between(box.minLat(), box.maxLat()));
		}
		return condition("{0} <@ box(point({1}, {2}), point({3}, {4}))", LISTING.PUBLIC_POINT, val(box.minLon()),
				val(box.minLat()), val(box.maxLon()), val(box.maxLat()));
	}

	/**
	 * Public statuses, owner not suspended: exactly the predicate of every search index.
	 */
	private static Condition publiclyVisible(boolean includePending) {
		var statuses = includePending ? LISTING.STATUS.in(inline("ACTIVE"), inline("PENDING"))
				: LISTING.STATUS.eq(inline("ACTIVE"));
		return statuses.and(not(condition(LISTING.OWNER_SUSPENDED)));
	}

	private static Field<Object> tsQuery(String text) {
		return text == null ? null
				: field("websearch_to_tsquery('simple', {0})", Object.class, Routines.searchText(val(text)));
	}

	private static Field<Object> earthPoint(GeoPoint point) {
		return Routines.earthPoint(val(point.lat()), val(point.lon()));
	}

	/**
	 * The public coordinates as an earth point, stored and indexed (GiST, index-only) by
	 * migration V4/V5.
	 */
	private static final Field<Object> LISTING_EARTH_POINT = LISTING.PUBLIC_EARTH_POINT;

	/**
	 * What a result shows ({@link #hit}): public columns only, so neither the description
	 * and the search document (most of a row) nor the exact address are read for a result
	 * list.
	 */
	private static final List<Field<?>> SHOWN = List.of(LISTING.ID, LISTING.STATUS, LISTING.TITLE, LISTING.PURPOSE,
			LISTING.PROPERTY_TYPE, LISTING.PRICE_AMOUNT, LISTING.PRICE_CURRENCY, LISTING.PUBLIC_STREET, LISTING.CITY,
			LISTING.REGION, LISTING.POSTAL_CODE, LISTING.COUNTRY, LISTING.ADDRESS_VISIBILITY, LISTING.PUBLIC_LATITUDE,
			LISTING.PUBLIC_LONGITUDE, LISTING.BEDROOMS, LISTING.BATHROOMS, LISTING.LIVING_AREA, LISTING.LOT_AREA,
			LISTING.FEATURES, LISTING.VERIFIED_AGENT, LISTING.PUBLISHED_AT);

	/**
	 * The result's primary image, read with the page rather than by a second statement:
	 * one index probe per result (the image table's key starts with the listing).
	 */
	private static final Field<UUID> PRIMARY_IMAGE = DSL
		.field(DSL.select(LISTING_IMAGE.IMAGE_ID)
			.from(LISTING_IMAGE)
			.where(LISTING_IMAGE.LISTING_ID.eq(LISTING.ID).and(LISTING_IMAGE.IS_PRIMARY))
			.limit(1))
		.as("primary_image_id");

	/**
	 * The GiST index answers the box; the exact great-circle distance then trims its
	 * corners.
	 */
	private static Condition within(GeoPoint centre, double metres) {
		return condition("{0} @> {1}", Routines.earthBox(earthPoint(centre), val(metres)), LISTING_EARTH_POINT)
			.and(distanceFrom(centre).le(metres));
	}

	/**
	 * The GiST index walks listings nearest first, but only by distance alone: ordered by
	 * distance and then id, a page would be sorted out of every match. So the index first
	 * finds how far the page reaches (the distance of the (limit + 1)th nearest listing
	 * after the cursor), and the page is then sorted by distance and id within that
	 * reach, which also holds every listing tied with the last one (hidden addresses
	 * share grid points).
	 */
	private Condition withinReachOfNextPage(Condition page, SearchCriteria criteria) {
		var chord = chordFrom(criteria.near());
		var nearestFirst = sql.select(chord.as("chord"))
			.from(LISTING)
			.where(page)
			.orderBy(chord)
			.limit(criteria.limit() + 1)
			.asTable("nearest_first");
		var reach = DSL.field(sql.select(DSL.max(nearestFirst.field("chord", Double.class))).from(nearestFirst));
		return condition("{0} @> {1}", Routines.earthBox(earthPoint(criteria.near()), reach.plus(1)),
				LISTING_EARTH_POINT)
			.and(chord.le(reach));
	}

	/**
	 * Straight-line (chord) metres through the earth between the point and a listing:
	 * what the GiST index orders by, in the same order as the great-circle distance, so
	 * distance order and its cursor use it.
	 */
	private static Field<Double> chordFrom(GeoPoint point) {
		return field("{0} <-> {1}", SQLDataType.DOUBLE, LISTING_EARTH_POINT, earthPoint(point));
	}

	private static Field<Double> distanceFrom(GeoPoint point) {
		return Routines.earthDistance(earthPoint(point), LISTING_EARTH_POINT);
	}

	private static Field<?> sortKey(SearchCriteria criteria, Field<Float> rank) {
		return switch (criteria.sort()) {
			case RELEVANCE -> rank;
			case NEWEST -> LISTING.PUBLISHED_AT;
			case PRICE_ASC, PRICE_DESC -> LISTING.PRICE_AMOUNT;
			case DISTANCE -> chordFrom(criteria.near());
		};
	}

	private static List<SortField<?>> order(SearchSort sort, Field<?> key, Field<UUID> id) {
		return switch (sort) {
			case RELEVANCE, NEWEST, PRICE_DESC -> List.of(key.desc(), id.desc());
			case PRICE_ASC, DISTANCE -> List.of(key.asc(), id.asc());
		};
	}

	@SuppressWarnings("unchecked")
	private static Condition after(SearchSort sort, Field<?> key, SearchCursor cursor) {
		return switch (sort) {
			case RELEVANCE -> row((Field<Float>) key, LISTING.ID).lt(cursor.rank(), cursor.lastId());
			case NEWEST -> row((Field<Instant>) key, LISTING.ID)
				.lt(Instant.EPOCH.plus(cursor.epochMicros(), ChronoUnit.MICROS), cursor.lastId());
			case PRICE_DESC -> row((Field<BigDecimal>) key, LISTING.ID).lt(cursor.amount(), cursor.lastId());
			case PRICE_ASC -> row((Field<BigDecimal>) key, LISTING.ID).gt(cursor.amount(), cursor.lastId());
			case DISTANCE -> row((Field<Double>) key, LISTING.ID).gt(cursor.metres(), cursor.lastId());
		};
	}

	private static SearchCursor cursorAfter(SearchSort sort, Record last) {
		return new SearchCursor(sort, encodedKey(sort, last.get("sort_key")), last.get(LISTING.ID));
	}

	private static String encodedKey(SearchSort sort, Object key) {
		return switch (sort) {
			case NEWEST -> String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, (Instant) key));
			case PRICE_ASC, PRICE_DESC -> ((BigDecimal) key).toPlainString();
			case DISTANCE, RELEVANCE -> String.valueOf(key);
		};
	}

	private static SearchHit hit(Record row, boolean withDistance) {
		var id = row.get(LISTING.ID);
		var visibility = AddressVisibility.valueOf(row.get(LISTING.ADDRESS_VISIBILITY));
		var latitude = row.get(LISTING.PUBLIC_LATITUDE);
		return new SearchHit(id, ListingStatus.valueOf(row.get(LISTING.STATUS)), row.get(LISTING.TITLE),
				Purpose.valueOf(row.get(LISTING.PURPOSE)), PropertyType.valueOf(row.get(LISTING.PROPERTY_TYPE)),
				new Money(row.get(LISTING.PRICE_AMOUNT), row.get(LISTING.PRICE_CURRENCY)),
				new Address(row.get(LISTING.PUBLIC_STREET), row.get(LISTING.CITY), row.get(LISTING.REGION),
						visibility == AddressVisibility.HIDDEN ? null : row.get(LISTING.POSTAL_CODE),
						row.get(LISTING.COUNTRY)),
				visibility, latitude == null ? null : new GeoPoint(latitude, row.get(LISTING.PUBLIC_LONGITUDE)),
				row.get(LISTING.BEDROOMS) == null ? null : row.get(LISTING.BEDROOMS).intValue(),
				row.get(LISTING.BATHROOMS), row.get(LISTING.LIVING_AREA), row.get(LISTING.LOT_AREA),
				List.of(row.get(LISTING.FEATURES)), row.get(LISTING.VERIFIED_AGENT), row.get(LISTING.PUBLISHED_AT),
				row.get(PRIMARY_IMAGE), withDistance ? row.get("distance", Double.class) : null);
	}

	/**
	 * A listing in search results, with the address visibility applied.
	 *
	 * @param primaryImageId the primary image (served by listing and image id),
	 * {@code null} without images
	 * @param distanceMetres from the point searched around, when there was one
	 */
	public record SearchHit(UUID id, ListingStatus status, String title, Purpose purpose, PropertyType propertyType,
			Money price, Address address, AddressVisibility addressVisibility, GeoPoint location, Integer bedrooms,
			BigDecimal bathrooms, BigDecimal livingArea, BigDecimal lotArea, List<String> features,
			boolean verifiedAgent, Instant publishedAt, UUID primaryImageId, Double distanceMetres) {
	}

}

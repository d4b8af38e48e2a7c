package com.luxestate.listings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.platform.Caller;

/**
 * The totals the tally gives broad searches must be the very numbers an exact count of
 * the listings gives, through every change a listing goes through, concurrent ones and
 * the ledger's folding included. Each check compares the tally's answer with the same
 * search narrowed by a price bound every listing meets, which is counted from the
 * listings themselves.
 */
@ApplicationModuleTest
class ListingSearchTallyTests {

	private final ListingSearch search;

	private final ListingSearchTally tally;

	private final ListingManagement management;

	private final OwnerStandings owners;

	private final JdbcTemplate jdbc;

	private final ListingFixtures fixtures;

	ListingSearchTallyTests(ListingSearch search, ListingSearchTally tally, ListingManagement management,
			ListingMedia media, OwnerStandings owners, JdbcTemplate jdbc) {
		this.search = search;
		this.tally = tally;
		this.management = management;
		this.owners = owners;
		this.jdbc = jdbc;
		this.fixtures = new ListingFixtures(management, media);
	}

	@Test
	void broadSearchesAreCountedExactlyThroughEveryChange() throws Exception {
		var owner = UUID.randomUUID();
		var other = UUID.randomUUID();
		var caller = Caller.user(owner);
		var first = fixtures.published(owner);
		var second = fixtures.published(owner);
		fixtures.draft(owner);
		var underOffer = fixtures.published(owner);
		management.changeStatus(caller, underOffer, null, ListingStatus.PENDING);
		fixtures.published(other);
		assertTallyAgreesWithTheListings();
		assertThat(search.search(criteria(null, Set.of(), "Lisbon", true, null)).total()).isGreaterThanOrEqualTo(3);

		management.changeStatus(caller, first, null, ListingStatus.OFF_MARKET);
		management.delete(caller, second, null);
		assertTallyAgreesWithTheListings();

		owners.changeSuspension(other, true, java.time.Instant.now());
		assertTallyAgreesWithTheListings();
		owners.changeSuspension(other, false, java.time.Instant.now().plusSeconds(1));
		assertTallyAgreesWithTheListings();

		try (var threads = Executors.newFixedThreadPool(4)) {
			var publications = new ArrayList<Callable<UUID>>();
			for (var i = 0; i < 8; i++) {
				publications.add(() -> fixtures.published(UUID.randomUUID()));
			}
			for (var publication : threads.invokeAll(publications)) {
				publication.get();
			}
		}
		assertTallyAgreesWithTheListings();

		tally.fold();
		assertTallyAgreesWithTheListings();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM listings.search_tally", Integer.class))
			.as("one row per bucket after folding")
			.isEqualTo(jdbc.queryForObject(
					"SELECT count(*) FROM (SELECT DISTINCT status, purpose, property_type, "
							+ "price_currency, country, city_key FROM listings.search_tally) AS buckets",
					Integer.class));
	}

	@Test
	void onlySearchesWithoutFinerFiltersAreTallied() {
		assertThat(ListingSearchTally
			.answers(criteria(Purpose.SALE, Set.of(PropertyType.APARTMENT), "Lisbon", true, null))).isTrue();
		assertThat(ListingSearchTally.answers(criteria(null, Set.of(), null, false, BigDecimal.ONE))).isFalse();
	}

	/**
	 * The tally counts buckets of purpose, type, currency, country and city (ADR 0009),
	 * so every other criterion must keep a search away from it. A criterion added to
	 * {@link SearchCriteria} fails this test until it is placed in one of the lists, and
	 * a finer one until {@link ListingSearchTally#answers} refuses it.
	 */
	@Test
	void everyFinerCriterionKeepsASearchAwayFromTheTally() throws Exception {
		var tallied = Set.of("purpose", "types", "currency", "city", "country", "includePending");
		var paging = Set.of("near", "sort", "limit", "after");
		var finer = Map.<String, Object>of("text", "villa", "minPrice", BigDecimal.ONE, "maxPrice", BigDecimal.ONE,
				"minBedrooms", 1, "minBathrooms", BigDecimal.ONE, "minArea", BigDecimal.ONE, "maxArea", BigDecimal.ONE,
				"features", List.of("POOL"), "boundingBox", new SearchCriteria.BoundingBox(-9.2, 38.7, -9.1, 38.8),
				"radiusKm", 1.0);
		var components = SearchCriteria.class.getRecordComponents();
		assertThat(Arrays.stream(components).map(RecordComponent::getName))
			.as("every search criterion is tallied, refused by the tally, or only orders and pages")
			.containsExactlyInAnyOrderElementsOf(
					Stream.of(tallied, paging, finer.keySet()).flatMap(Set::stream).toList());
		var everything = criteria(null, Set.of(), null, false, null);
		var constructor = SearchCriteria.class
			.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
		for (var criterion : finer.entrySet()) {
			var arguments = new Object[components.length];
			for (int i = 0; i < components.length; i++) {
				arguments[i] = components[i].getName().equals(criterion.getKey()) ? criterion.getValue()
						: components[i].getAccessor().invoke(everything);
			}
			assertThat(ListingSearchTally.answers(constructor.newInstance(arguments))).as(criterion.getKey()).isFalse();
		}
	}

	private void assertTallyAgreesWithTheListings() {
		for (var includePending : List.of(false, true)) {
			for (var purpose : new Purpose[] { null, Purpose.SALE, Purpose.RENT }) {
				for (var types : List.of(Set.<PropertyType>of(), Set.of(PropertyType.APARTMENT),
						Set.of(PropertyType.HOUSE, PropertyType.VILLA))) {
					for (var city : new String[] { null, "lisbon", "Elsewhere" }) {
						var tallied = criteria(purpose, types, city, includePending, null);
						var counted = criteria(purpose, types, city, includePending, new BigDecimal("0.01"));
						assertThat(search.search(tallied).total())
							.as("%s %s %s pending=%s", purpose, types, city, includePending)
							.isEqualTo(search.search(counted).total());
					}
				}
			}
		}
	}

	private static SearchCriteria criteria(Purpose purpose, Set<PropertyType> types, String city,
			boolean includePending, BigDecimal minPrice) {
		return new SearchCriteria(null, purpose, types, minPrice, null, null, null, null, null, null, city,
				city == null ? null : "PT", List.of(), null, null, null, includePending, SearchSort.NEWEST, 1, null);
	}

}

package com.luxestate.listings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.Money;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.listings.internal.keyword.KeywordIndex;
import com.luxestate.listings.testing.TestImages;
import com.luxestate.platform.Caller;
import com.luxestate.platform.Page;

/**
 * Keyword searches answered by the index (ADR 0011) must find, count and page exactly
 * what the same search in PostgreSQL finds: every query shape of the web-search syntax,
 * with every filter and order, on listings in every state. Relevance orders differ in
 * their scores, so for relevance the pages are compared as sets, and paged through to
 * check each match comes exactly once.
 */
@ApplicationModuleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeywordSearchTests {

	private static final List<String> QUERIES = List.of("sea view", "\"sea view\"", "pool -villa", "garden or balcony",
			"penthouse", "CAFÉ", "lisbon", "\"1100-148\"", "-pool", "quiet", "nothingmatches", "view -\"sea view\"",
			"terrace or (pool garden)", "'", "ocean & light");

	private static final List<UnaryOperator<Criteria>> FILTERS = List.of(criteria -> criteria,
			criteria -> criteria.with(c -> c.purpose = Purpose.RENT),
			criteria -> criteria.with(c -> c.types = Set.of(PropertyType.VILLA, PropertyType.HOUSE)),
			criteria -> criteria.with(c -> {
				c.minPrice = new BigDecimal("300000");
				c.maxPrice = new BigDecimal("900000.50");
			}), criteria -> criteria.with(c -> c.currency = "EUR"), criteria -> criteria.with(c -> c.minBedrooms = 3),
			criteria -> criteria.with(c -> c.minBathrooms = new BigDecimal("1.5")), criteria -> criteria.with(c -> {
				c.minArea = new BigDecimal("80");
				c.maxArea = new BigDecimal("150.25");
			}), criteria -> criteria.with(c -> c.city = "PORTO"), criteria -> criteria.with(c -> c.country = "ES"),
			criteria -> criteria.with(c -> c.features = List.of("pool", "garden")),
			criteria -> criteria.with(c -> c.includePending = true));

	private final ListingSearch search;

	private final ListingManagement management;

	private final ListingMedia media;

	private final OwnerStandings owners;

	private final KeywordIndex index;

	KeywordSearchTests(ListingSearch search, ListingManagement management, ListingMedia media, OwnerStandings owners,
			KeywordIndex index) {
		this.search = search;
		this.management = management;
		this.media = media;
		this.owners = owners;
		this.index = index;
	}

	@BeforeAll
	void listings() {
		var titles = List.of("Penthouse with sea view", "Villa with pool", "Family house with garden",
				"Flat with balcony", "Studio near the café");
		var descriptions = List.of("Quiet street, sea view from the terrace.", "A pool and a garden, ocean light.",
				"Sea and a view of the hills.", "Balcony facing the view, no sea.", "Close to everything.");
		var types = List.of(PropertyType.PENTHOUSE, PropertyType.VILLA, PropertyType.HOUSE, PropertyType.APARTMENT,
				PropertyType.STUDIO);
		var cities = List.of(new Address("Rua da Prata 12", "Lisbon", "Lisboa", "1100-148", "PT"),
				new Address("Rua das Flores 3", "Porto", null, "4050-262", "PT"),
				new Address("Calle Mayor 1", "Madrid", null, "28013", "ES"));
		var features = List.of(List.of("pool", "garden"), List.of("balcony"), List.<String>of(),
				List.of("pool", "garden", "terrace"));
		var suspended = UUID.randomUUID();
		for (int i = 0; i < 36; i++) {
			var owner = i % 9 == 4 ? suspended : UUID.randomUUID();
			var caller = Caller.user(owner);
			var details = new ListingDetails(titles.get(i % 5), descriptions.get(i % 4 + (i % 7 == 0 ? 1 : 0)),
					i % 3 == 0 ? Purpose.RENT : Purpose.SALE, types.get(i % 5),
					Money.of(String.valueOf(150_000 + (i * 37_123 % 900_000)) + (i % 4 == 0 ? ".50" : ""),
							i % 8 == 0 ? "USD" : "EUR"),
					cities.get(i % 3), i % 6 == 0 ? AddressVisibility.HIDDEN : AddressVisibility.FULL,
					new GeoPoint(38.7 + i * 0.01, -9.1), i % 4 + 1, new BigDecimal(i % 4 == 0 ? "1.5" : "1"),
					new BigDecimal(60 + i * 3 + (i % 2 == 0 ? ".25" : "")), null, 1990, features.get(i % 4));
			var id = management.create(caller, details).id();
			if (i % 11 == 10) {
				continue; // a draft
			}
			media.upload(caller, id, null, TestImages.png(32, 24), "Front");
			management.changeStatus(caller, id, null, ListingStatus.ACTIVE);
			if (i % 5 == 3) {
				management.changeStatus(caller, id, null, ListingStatus.PENDING);
			}
			if (i % 13 == 12) {
				management.changeStatus(caller, id, null, ListingStatus.OFF_MARKET);
			}
		}
		owners.changeSuspension(suspended, true, Instant.now());
	}

	@Test
	void findsCountsAndOrdersWhatPostgreSQLFinds() {
		assertThat(index.isReady()).isTrue();
		int compared = 0;
		for (var text : QUERIES) {
			for (var filter : FILTERS) {
				for (var sort : List.of(SearchSort.RELEVANCE, SearchSort.NEWEST, SearchSort.PRICE_ASC,
						SearchSort.PRICE_DESC)) {
					var criteria = filter.apply(new Criteria(text, sort)).build(100, null);
					var fromIndex = search.searchKeywordIndex(criteria);
					assertThat(fromIndex).as("answered by the index: %s", criteria).isPresent();
					var fromDatabase = search.searchDatabase(criteria);
					var description = criteria.toString();
					assertThat(fromIndex.get().total()).as(description).isEqualTo(fromDatabase.total());
					if (sort == SearchSort.RELEVANCE) {
						assertThat(ids(fromIndex.get())).as(description)
							.containsExactlyInAnyOrderElementsOf(ids(fromDatabase));
					}
					else {
						assertThat(ids(fromIndex.get())).as(description).containsExactlyElementsOf(ids(fromDatabase));
					}
					compared += fromDatabase.total();
				}
			}
		}
		assertThat(compared).as("the data set makes the searches find something").isGreaterThan(500);
	}

	@Test
	void ranksTitleMatchesFirstAndPagesEveryMatchExactlyOnce() {
		var ranked = search.searchKeywordIndex(new Criteria("view", SearchSort.RELEVANCE).build(100, null))
			.orElseThrow()
			.items();
		var inTitle = (int) ranked.stream().filter(hit -> hit.title().contains("view")).count();
		assertThat(inTitle).isPositive().isLessThan(ranked.size());
		assertThat(ranked.subList(0, inTitle)).as("title matches before description matches")
			.allSatisfy(hit -> assertThat(hit.title()).contains("view"));

		// Plain words are found by the ranked words of the listings searched; other
		// queries by their expression.
		for (var text : List.of("view or pool or garden", "sea view")) {
			for (var includePending : List.of(false, true)) {
				for (var sort : List.of(SearchSort.RELEVANCE, SearchSort.NEWEST, SearchSort.PRICE_ASC,
						SearchSort.PRICE_DESC)) {
					UnaryOperator<Criteria> pending = criteria -> criteria.with(c -> c.includePending = includePending);
					var all = search.searchDatabase(pending.apply(new Criteria(text, sort)).build(100, null));
					var seen = new ArrayList<UUID>();
					SearchCursor after = null;
					do {
						var page = search.searchKeywordIndex(pending.apply(new Criteria(text, sort)).build(4, after))
							.orElseThrow();
						assertThat(page.total()).isEqualTo(all.total());
						page.items().forEach(hit -> seen.add(hit.id()));
						after = page.nextCursor() == null ? null : SearchCursor.decode(page.nextCursor(), sort);
					}
					while (after != null);
					assertThat(seen).as(text + ", " + sort + (includePending ? ", pending too" : ""))
						.doesNotHaveDuplicates()
						.containsExactlyInAnyOrderElementsOf(ids(all));
				}
			}
		}
	}

	@Test
	void seesEveryChangeAtOnce() {
		var owner = UUID.randomUUID();
		var caller = Caller.user(owner);
		var details = new ListingDetails("Beacon keeper's cottage", "Unique.", Purpose.SALE, PropertyType.HOUSE,
				Money.of("250000", "EUR"), new Address("Farol 1", "Lisbon", null, "1100-148", "PT"),
				AddressVisibility.FULL, new GeoPoint(38.7, -9.4), 2, BigDecimal.ONE, new BigDecimal("70"), null, 1900,
				List.of());
		var id = management.create(caller, details).id();
		media.upload(caller, id, null, TestImages.png(32, 24), "Front");
		var beacon = new Criteria("beacon", SearchSort.RELEVANCE).build(10, null);
		assertThat(ids(search.searchKeywordIndex(beacon).orElseThrow())).as("a draft").isEmpty();

		management.changeStatus(caller, id, null, ListingStatus.ACTIVE);
		assertThat(ids(search.searchKeywordIndex(beacon).orElseThrow())).containsExactly(id);

		management.revise(caller, id, null,
				before -> new ListingDetails("Keeper's cottage on the dune", before.description(), before.purpose(),
						before.propertyType(), before.price(), before.address(), before.addressVisibility(),
						before.location(), before.bedrooms(), before.bathrooms(), before.livingArea(), before.lotArea(),
						before.yearBuilt(), before.features()));
		assertThat(ids(search.searchKeywordIndex(beacon).orElseThrow())).as("the title changed").isEmpty();
		var cottage = new Criteria("keeper dune", SearchSort.RELEVANCE).build(10, null);
		assertThat(ids(search.searchKeywordIndex(cottage).orElseThrow())).containsExactly(id);

		owners.changeSuspension(owner, true, Instant.now());
		assertThat(search.searchKeywordIndex(cottage).orElseThrow().total()).as("owner suspended").isZero();
		owners.changeSuspension(owner, false, Instant.now().plusSeconds(1));
		assertThat(ids(search.searchKeywordIndex(cottage).orElseThrow())).as("owner reinstated").containsExactly(id);

		management.delete(caller, id, null);
		assertThat(search.searchKeywordIndex(cottage).orElseThrow().total()).as("removed").isZero();
	}

	private static List<UUID> ids(Page<ListingSearch.SearchHit> page) {
		return page.items().stream().map(ListingSearch.SearchHit::id).toList();
	}

	/** A keyword search with the filters a test sets. */
	private static final class Criteria {

		final String text;

		final SearchSort sort;

		Purpose purpose;

		Set<PropertyType> types = Set.of();

		BigDecimal minPrice;

		BigDecimal maxPrice;

		String currency;

		Integer minBedrooms;

		BigDecimal minBathrooms;

		BigDecimal minArea;

		BigDecimal maxArea;

		String city;

		String country;

		List<String> features = List.of();

		boolean includePending;

		Criteria(String text, SearchSort sort) {
			this.text = text;
			this.sort = sort;
		}

		Criteria with(java.util.function.Consumer<Criteria> change) {
			change.accept(this);
			return this;
		}

		SearchCriteria build(int limit, SearchCursor after) {
			return new SearchCriteria(text, purpose, new HashSet<>(types), minPrice, maxPrice, currency, minBedrooms,
					minBathrooms, minArea, maxArea, city, country, features, null, null, null, includePending, sort,
					limit, after);
		}

	}

}

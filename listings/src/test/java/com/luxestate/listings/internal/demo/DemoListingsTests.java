package com.luxestate.listings.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.luxestate.listings.internal.ListingSearch;
import com.luxestate.listings.internal.SearchCriteria;
import com.luxestate.listings.internal.SearchSort;

/** A small run of the demo data generator: the rows it writes are listings the API can search and show. */
@ApplicationModuleTest
class DemoListingsTests {

	private final DataSource dataSource;
	private final JdbcTemplate jdbc;
	private final ListingSearch search;

	DemoListingsTests(DataSource dataSource, JdbcTemplate jdbc, ListingSearch search) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.search = search;
	}

	@Test
	void loadsSearchableListingsAroundRealCitiesAndTotalsStayExactUpToTenThousand() {
		var before = jdbc.queryForObject("SELECT count(*) FROM listings.listing", Integer.class);

		new DemoListings(dataSource, Clock.systemUTC()).load(12_000, 7);

		assertThat(jdbc.queryForObject("SELECT count(*) FROM listings.listing", Integer.class) - before)
				.isEqualTo(12_000);
		List<Map<String, Object>> cities = jdbc.queryForList(
				"SELECT city, avg(latitude) AS lat FROM listings.listing GROUP BY city HAVING count(*) > 10");
		assertThat(cities).hasSizeGreaterThan(30);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM listings.listing WHERE address_visibility = 'HIDDEN' "
				+ "AND (public_latitude = latitude OR public_street IS NOT NULL)", Integer.class)).isZero();
		var lisbon = search.search(new SearchCriteria("lisbon", null, null, null, null, null, 2, null, null, null,
				"Lisbon", "PT", List.of(), null, null, null, false, SearchSort.RELEVANCE, 20, null));
		assertThat(lisbon.total()).isPositive();
		var everything = search.search(new SearchCriteria(null, null, null, null, null, null, null, null, null, null,
				null, null, List.of(), null, null, null, true, SearchSort.NEWEST, 20, null));
		// Broad searches are counted by the tally the triggers keep, and it must agree with the listings themselves.
		assertThat(everything.total()).isEqualTo(jdbc.queryForObject("SELECT count(*) FROM listings.listing "
				+ "WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended", Integer.class));
		assertThat(lisbon.items()).allSatisfy(hit -> {
			assertThat(hit.address().city()).isEqualTo("Lisbon");
			assertThat(hit.bedrooms()).isGreaterThanOrEqualTo(2);
		});
	}
}

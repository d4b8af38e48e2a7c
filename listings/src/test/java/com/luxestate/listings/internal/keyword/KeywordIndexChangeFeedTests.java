package com.luxestate.listings.internal.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.Money;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.listings.internal.Address;
import com.luxestate.listings.internal.ListingDetails;
import com.luxestate.listings.internal.ListingManagement;
import com.luxestate.listings.internal.ListingMedia;
import com.luxestate.listings.internal.SearchCriteria;
import com.luxestate.listings.internal.SearchSort;
import com.luxestate.listings.testing.TestImages;
import com.luxestate.platform.Caller;

/**
 * Every instance keeps an index of its own and follows the changes PostgreSQL records
 * (V7). Here a second index, as another instance would have, must see what the first
 * instance changed by the time it searches, including a change whose transaction began
 * before, and committed after, one it has already read.
 */
@ApplicationModuleTest
class KeywordIndexChangeFeedTests {

	private final ListingManagement management;

	private final ListingMedia media;

	private final DSLContext sql;

	private final PlatformTransactionManager transactions;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final KeywordIndex thisInstance;

	private KeywordIndex otherInstance;

	KeywordIndexChangeFeedTests(ListingManagement management, ListingMedia media, DSLContext sql,
			PlatformTransactionManager transactions, JdbcTemplate jdbc, DataSource dataSource,
			KeywordIndex thisInstance) {
		this.thisInstance = thisInstance;
		this.management = management;
		this.media = media;
		this.sql = sql;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	@BeforeEach
	void startAnotherInstance() throws Exception {
		// Its own directory and no timer of its own: only searches make it read the
		// changes.
		otherInstance = new KeywordIndex(sql, transactions, Clock.systemUTC(), "", Duration.ofDays(1));
		otherInstance.rebuild();
	}

	@AfterEach
	void stopIt() throws Exception {
		otherInstance.destroy();
	}

	@Test
	void anotherInstanceSeesEveryCommittedChangeWhenItSearches() {
		var caller = Caller.user(UUID.randomUUID());
		var id = published(caller, "Windmill with a view");
		assertThat(found("windmill")).containsExactly(id);

		management.changeStatus(caller, id, null, ListingStatus.OFF_MARKET);
		assertThat(found("windmill")).isEmpty();
		management.changeStatus(caller, id, null, ListingStatus.ACTIVE);
		assertThat(found("windmill")).containsExactly(id);
		management.delete(caller, id, null);
		assertThat(found("windmill")).isEmpty();
	}

	@Test
	void aChangeCommittedAfterALaterOneWasReadIsNotMissed() throws Exception {
		var caller = Caller.user(UUID.randomUUID());
		var early = published(caller, "Granary by the river");
		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (var rename = connection.prepareStatement("UPDATE listings.listing SET title = ? WHERE id = ?")) {
				rename.setString(1, "Watermill by the river");
				rename.setObject(2, early);
				rename.executeUpdate();
			}
			// A later transaction commits first, and the other instance reads it while
			// the early one still runs.
			var late = published(caller, "Lighthouse on the cliff");
			assertThat(found("lighthouse")).containsExactly(late);
			assertThat(found("watermill")).as("not committed yet").isEmpty();
			connection.commit();
		}
		assertThat(found("watermill")).containsExactly(early);
		assertThat(found("granary")).isEmpty();
	}

	@Test
	void aSearchInsideATransactionThatChangedAListingIsLeftToPostgreSQL() {
		var caller = Caller.user(UUID.randomUUID());
		var id = published(caller, "Chapel on the hill");
		new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
			jdbc.update("UPDATE listings.listing SET title = 'Abbey on the hill' WHERE id = ?", id);
			assertThat(searched("abbey")).as("the index would read (and keep) what may roll back").isEmpty();
			transaction.setRollbackOnly();
		});
		assertThat(found("abbey")).isEmpty();
		assertThat(found("chapel")).containsExactly(id);
	}

	@Test
	void changesEveryInstanceHasReadAreForgotten() {
		var caller = Caller.user(UUID.randomUUID());
		published(caller, "Boathouse");
		// Read by both instances first, as they would have long before a quarter of an
		// hour passes.
		assertThat(thisInstance.catchUp()).isTrue();
		assertThat(otherInstance.catchUp()).isTrue();
		jdbc.update("UPDATE listings.keyword_index_change SET recorded_at = now() - interval '1 hour'");
		var recorded = jdbc.queryForObject("SELECT count(*) FROM listings.keyword_index_change", Integer.class);
		assertThat(recorded).isPositive();
		otherInstance.forgetOldChanges();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM listings.keyword_index_change", Integer.class)).isZero();
	}

	private List<UUID> found(String words) {
		return searched(words).orElseThrow().hits().stream().map(KeywordIndex.KeywordHit::listingId).toList();
	}

	private Optional<KeywordIndex.KeywordPage> searched(String words) {
		var tsquery = jdbc.queryForObject("SELECT websearch_to_tsquery('simple', listings.search_text(?))::text",
				String.class, words);
		var criteria = new SearchCriteria(words, null, Set.of(), null, null, null, null, null, null, null, null, null,
				List.of(), null, null, null, false, SearchSort.RELEVANCE, 20, null);
		return otherInstance.search(criteria, tsquery, null);
	}

	private UUID published(Caller caller, String title) {
		var details = new ListingDetails(title, "Thick stone walls.", Purpose.SALE, PropertyType.HOUSE,
				Money.of("320000", "EUR"), new Address("Estrada 1", "Sintra", null, "2710-000", "PT"),
				AddressVisibility.FULL, new GeoPoint(38.8, -9.4), 3, BigDecimal.ONE, new BigDecimal("120"), null, 1850,
				List.of());
		var id = management.create(caller, details).id();
		media.upload(caller, id, null, TestImages.png(32, 24), "Front");
		management.changeStatus(caller, id, null, ListingStatus.ACTIVE);
		return id;
	}

}

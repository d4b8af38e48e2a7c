package com.luxestate.listings.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.Role;
import com.luxestate.identity.UserDirectory;
import com.luxestate.identity.UserSummary;
import com.luxestate.identity.demo.DemoAccounts;
import com.luxestate.listings.internal.ListingManagement;
import com.luxestate.listings.internal.ListingSearch;
import com.luxestate.listings.internal.SearchCriteria;
import com.luxestate.listings.internal.SearchSort;
import com.luxestate.listings.internal.media.ImageDerivative;
import com.luxestate.listings.internal.media.ImagePipeline;
import com.luxestate.listings.internal.media.MediaKeys;
import com.luxestate.listings.internal.media.MediaStorage;
import com.luxestate.platform.Caller;

/**
 * A small run of the demo data generator: the rows it writes are listings the API can search and show, owned by
 * real accounts identity made, and shown by pictures whose files are in the media storage. Identity runs alongside,
 * as in the application, since it makes the owners.
 */
@ApplicationModuleTest(extraIncludes = "identity")
class DemoListingsTests {

	private final JdbcTemplate jdbc;
	private final ListingSearch search;
	private final ListingManagement management;
	private final UserDirectory directory;
	private final MediaStorage storage;
	private final DemoListings demoListings;

	DemoListingsTests(DataSource dataSource, JdbcTemplate jdbc, ListingSearch search, ListingManagement management,
			DemoAccounts accounts, UserDirectory directory, ImagePipeline pipeline, MediaStorage storage) {
		this.jdbc = jdbc;
		this.search = search;
		this.management = management;
		this.directory = directory;
		this.storage = storage;
		this.demoListings = new DemoListings(dataSource, Clock.systemUTC(), accounts, pipeline, storage);
	}

	@Test
	void loadsSearchableListingsAroundRealCitiesAndTotalsStayExactUpToTenThousand() {
		var before = jdbc.queryForObject("SELECT count(*) FROM listings.listing", Integer.class);

		demoListings.load(12_000, 7);

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
				+ "WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended", Long.class));
		assertThat(lisbon.items()).allSatisfy(hit -> {
			assertThat(hit.address().city()).isEqualTo("Lisbon");
			assertThat(hit.bedrooms()).isGreaterThanOrEqualTo(2);
		});
	}

	@Test
	void ownersAreRealOwnersAndAgentsWhoseBadgesAgreeWithIdentity() {
		var after = newest();
		demoListings.load(2_000, 11);

		var owners = directory.findUsers(jdbc.queryForList(
				"SELECT DISTINCT owner_id FROM listings.listing WHERE id > ?", UUID.class, after));
		var ownerCount = jdbc.queryForObject("SELECT count(DISTINCT owner_id) FROM listings.listing WHERE id > ?",
				Integer.class, after);
		assertThat(owners).as("every owner is an account identity knows").hasSize(ownerCount);
		assertThat(owners.values()).extracting(UserSummary::role).containsOnly(Role.OWNER, Role.AGENT)
				.contains(Role.OWNER, Role.AGENT);
		assertThat(owners.values()).extracting(UserSummary::status).containsOnly(AccountStatus.ACTIVE);
		assertThat(owners.values()).filteredOn(owner -> owner.role() == Role.AGENT).extracting(UserSummary::verifiedAgent)
				.as("most agents are verified, some are not").contains(true, false);

		var badges = jdbc.queryForList("SELECT owner_id, bool_and(verified_agent) AS every, "
				+ "bool_or(verified_agent) AS some FROM listings.listing WHERE id > ? GROUP BY owner_id", after);
		assertThat(badges).allSatisfy(row -> {
			var owner = owners.get((UUID) row.get("owner_id"));
			assertThat(row.get("every")).as("all listings of %s", owner).isEqualTo(owner.verifiedAgent());
			assertThat(row.get("some")).as("any listing of %s", owner).isEqualTo(owner.verifiedAgent());
		});
		var verified = owners.values().stream().filter(UserSummary::verifiedAgent).map(UserSummary::id).toList();
		assertThat(jdbc.queryForList("SELECT owner_id FROM listings.owner_standing WHERE verified_agent", UUID.class))
				.as("their next listings carry the badge too").containsAll(verified);
	}

	@Test
	void everyListingBeyondADraftHasOnePrimaryImageWhoseFilesAreStored() {
		var after = newest();
		demoListings.load(1_500, 13);

		assertThat(jdbc.queryForObject("SELECT count(*) FROM listings.listing l WHERE id > ? AND status <> 'DRAFT' "
				+ "AND (SELECT count(*) FROM listings.listing_image i WHERE i.listing_id = l.id AND i.is_primary) <> 1",
				Integer.class, after)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM listings.listing WHERE id > ? AND status = 'DRAFT'",
				Integer.class, after)).as("drafts are among them").isPositive();
		var keys = jdbc.queryForList("SELECT DISTINCT storage_key FROM listings.listing_image WHERE listing_id > ?",
				String.class, after);
		assertThat(keys).as("a small pool of pictures, shared")
				.hasSizeBetween(DemoPictures.Kind.values().length, DemoPictures.Kind.values().length * DemoImages.PER_KIND);
		assertThat(keys).allSatisfy(key -> {
			assertThat(MediaKeys.isValid(MediaKeys.of(key, ImageDerivative.LARGE))).isTrue();
			for (var derivative : ImageDerivative.values()) {
				assertThat(width(MediaKeys.of(key, derivative))).as(derivative.name())
						.isEqualTo(Math.min(derivative.width(), DemoPictures.WIDTH));
			}
		});

		var shown = jdbc.queryForObject("SELECT id FROM listings.listing WHERE id > ? AND status = 'ACTIVE' LIMIT 1",
				UUID.class, after);
		var listing = management.find(Caller.ANONYMOUS, shown);
		assertThat(listing.images()).singleElement().satisfies(image -> {
			assertThat(image.primary()).isTrue();
			assertThat(image.altText()).isNotBlank();
			assertThat(image.width()).isEqualTo(DemoPictures.WIDTH);
			assertThat(image.height()).isEqualTo(DemoPictures.HEIGHT);
		});
	}

	/** Listings added from now on have greater ids: they are time-ordered. */
	private UUID newest() {
		return jdbc.queryForList("SELECT id FROM listings.listing ORDER BY id DESC LIMIT 1", UUID.class).stream()
				.findFirst().orElse(new UUID(0, 0));
	}

	/** The width of a stored JPEG, read from the file itself. */
	private int width(String key) {
		var stored = storage.load(key).orElseThrow(() -> new AssertionError("no file " + key));
		try (InputStream content = stored.content()) {
			return ImageIO.read(content).getWidth();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

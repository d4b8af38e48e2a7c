package com.luxestate.listings.internal;

import static com.luxestate.platform.testing.ProblemAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.UnaryOperator;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.luxestate.identity.AccountImport;
import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.ImportedAccount;
import com.luxestate.identity.NewAccount;
import com.luxestate.identity.Role;
import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.ListingImport;
import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.Money;
import com.luxestate.listings.NewListing;
import com.luxestate.listings.PictureRef;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.listings.internal.media.FullDisk;
import com.luxestate.listings.internal.media.ImageDerivative;
import com.luxestate.listings.internal.media.ImagePipeline;
import com.luxestate.listings.internal.media.MediaKeys;
import com.luxestate.listings.internal.media.MediaStorage;
import com.luxestate.listings.testing.TestImages;
import com.luxestate.platform.Caller;

/**
 * Imported listings are listings the API searches and shows: owned by accounts identity
 * knows, with their badges, shown by pictures whose files are stored once and shared; and
 * what the API would refuse of an owner is refused, with nothing imported. Identity runs
 * alongside, as in the application, since it knows the owners.
 */
@ApplicationModuleTest(extraIncludes = "identity")
class ListingImportTests {

	private static final String PASSWORD = "an imported account's password";

	private final ListingImport listingImport;

	private final AccountImport accountImport;

	private final JdbcTemplate jdbc;

	private final ListingSearch search;

	private final ListingManagement management;

	private final MediaStorage storage;

	private final Path media;

	ListingImportTests(ListingImport listingImport, AccountImport accountImport, JdbcTemplate jdbc,
			ListingSearch search, ListingManagement management, MediaStorage storage,
			@Value("${luxestate.media.local.directory}") Path media) {
		this.listingImport = listingImport;
		this.accountImport = accountImport;
		this.jdbc = jdbc;
		this.search = search;
		this.management = management;
		this.storage = storage;
		this.media = media;
	}

	@Test
	void importedListingsAreSearchedAndTotalsStayExactUpToTenThousand() {
		// Owners and agents, not the buyer, who may not have listings.
		var owners = accounts("totals").subList(0, 3);
		var before = count("SELECT count(*) FROM listings.listing");

		try (var session = listingImport.open()) {
			var picture = session.importPicture(TestImages.png(640, 480));
			var random = new SplittableRandom(7);
			for (int batch = 0; batch < 3; batch++) {
				var listings = new ArrayList<NewListing>();
				for (int i = 0; i < 4_000; i++) {
					listings.add(listing(owners.get(random.nextInt(owners.size())).id(), random, picture));
				}
				assertThat(session.importListings(listings)).isEqualTo(4_000);
			}
		}

		assertThat(count("SELECT count(*) FROM listings.listing") - before).isEqualTo(12_000);
		assertThat(count("SELECT count(*) FROM listings.listing WHERE address_visibility = 'HIDDEN' "
				+ "AND (public_latitude = latitude OR public_street IS NOT NULL)"))
			.isZero();
		var lisbon = search.search(new SearchCriteria("lisbon", null, null, null, null, null, 2, null, null, null,
				"Lisbon", "PT", List.of(), null, null, null, false, SearchSort.RELEVANCE, 20, null));
		assertThat(lisbon.total()).isPositive();
		assertThat(lisbon.items()).allSatisfy(hit -> assertThat(hit.bedrooms()).isGreaterThanOrEqualTo(2));
		var everything = search.search(new SearchCriteria(null, null, null, null, null, null, null, null, null, null,
				null, null, List.of(), null, null, null, true, SearchSort.NEWEST, 20, null));
		// Broad searches are counted by the tally the triggers keep, and it must agree
		// with the listings themselves.
		assertThat(everything.total()).isEqualTo(count("SELECT count(*) FROM listings.listing "
				+ "WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended"));
	}

	@Test
	void listingsCarryTheirOwnersStandingAsIdentityKnowsIt() {
		var owners = accounts("standing");
		var owner = owners.get(0);
		var verified = owners.get(1);
		var pending = owners.get(2);
		assertThat(verified.verifiedAgent()).isTrue();
		assertThat(pending.verifiedAgent()).isFalse();

		try (var session = listingImport.open()) {
			var picture = session.importPicture(TestImages.png(64, 48));
			var random = new SplittableRandom(11);
			session.importListings(List.of(listing(owner.id(), random, picture),
					listing(verified.id(), random, picture), listing(pending.id(), random, picture)));
		}

		assertThat(jdbc.queryForMap("SELECT bool_and(verified_agent) AS every, bool_or(verified_agent) AS some "
				+ "FROM listings.listing WHERE owner_id = ?", verified.id()))
			.containsValues(true, true);
		assertThat(jdbc.queryForList("SELECT verified_agent FROM listings.listing WHERE owner_id IN (?, ?)",
				Boolean.class, owner.id(), pending.id()))
			.containsOnly(false);
		assertThat(jdbc.queryForList("SELECT owner_id FROM listings.owner_standing WHERE verified_agent", UUID.class))
			.as("their next listings carry the badge too")
			.contains(verified.id())
			.doesNotContain(owner.id(), pending.id());
	}

	@Test
	void listingsShareTheFilesOfTheirPicturesAndPicturesNoListingShowsAreDeleted() {
		var owner = accounts("pictures").get(0);
		PictureRef shown;
		PictureRef unused;
		UUID listingId;
		try (var session = listingImport.open()) {
			shown = session.importPicture(TestImages.jpeg(1800, 1200));
			unused = session.importPicture(TestImages.png(64, 48));
			var random = new SplittableRandom(13);
			var active = with(listing(owner.id(), random, shown), listing -> status(listing, ListingStatus.ACTIVE));
			session.importListings(List.of(active,
					with(listing(owner.id(), random, shown), listing -> status(listing, ListingStatus.ACTIVE))));
			listingId = jdbc.queryForObject("SELECT id FROM listings.listing WHERE owner_id = ? ORDER BY id LIMIT 1",
					UUID.class, owner.id());
			assertThat(files(unused)).as("until the import closes").isNotEmpty();
		}

		var keys = jdbc.queryForList("SELECT DISTINCT storage_key FROM listings.listing_image i JOIN "
				+ "listings.listing l ON l.id = i.listing_id WHERE l.owner_id = ?", String.class, owner.id());
		assertThat(keys).singleElement().satisfies(key -> {
			for (var derivative : ImageDerivative.values()) {
				assertThat(width(MediaKeys.of(key, derivative))).as(derivative.name())
					.isEqualTo(Math.min(derivative.width(), 1800));
			}
		});
		assertThat(files(unused)).isEmpty();
		var listing = management.find(Caller.ANONYMOUS, listingId);
		assertThat(listing.images()).singleElement().satisfies(image -> {
			assertThat(image.primary()).isTrue();
			assertThat(image.altText()).isEqualTo("The front of the house");
			assertThat(image.width()).isEqualTo(shown.width());
		});
	}

	@Test
	void whatTheApiWouldRefuseIsRefusedAndNothingIsImported() {
		var owners = accounts("refused");
		var owner = owners.get(0).id();
		var buyer = owners.get(3).id();
		var before = count("SELECT count(*) FROM listings.listing");
		try (var session = listingImport.open(); var other = listingImport.open()) {
			var picture = session.importPicture(TestImages.png(64, 48));
			var foreign = other.importPicture(TestImages.png(64, 48));
			var random = new SplittableRandom(17);
			UnaryOperator<NewListing> same = UnaryOperator.identity();
			var listings = List.of(with(listing(owner, random, picture), same),
					with(listing(owner, random, picture), listing -> status(listing, ListingStatus.REMOVED)),
					with(listing(owner, random, picture), listing -> price(listing, "-5.00")),
					with(listing(buyer, random, picture), same),
					with(listing(UUID.randomUUID(), random, picture), same),
					with(listing(owner, random, foreign), listing -> status(listing, ListingStatus.ACTIVE)),
					with(listing(owner, random, picture),
							listing -> new NewListing(listing.ownerId(), ListingStatus.ACTIVE, listing.title(),
									listing.description(), Purpose.RENT, listing.propertyType(), listing.price(),
									listing.address(), listing.addressVisibility(), null, listing.bedrooms(),
									listing.bathrooms(), listing.livingArea(), listing.lotArea(), listing.yearBuilt(),
									List.of("balcony", "<b>"), Instant.now().plus(Duration.ofDays(1)),
									listing.publishedAt(), List.of())),
					with(listing(owner, random, picture), listing -> status(listing, ListingStatus.SOLD)));

			assertThat(assertInvalid(() -> session.importListings(listings)))
				.contains("listings[1].status", "listings[2].price.amount", "listings[3].ownerId",
						"listings[4].ownerId", "listings[5].images[0].picture", "listings[6].location",
						"listings[6].images", "listings[6].features", "listings[6].createdAt",
						"listings[6].publishedAt")
				.noneMatch(field -> field.startsWith("listings[0]"));
		}
		assertThat(count("SELECT count(*) FROM listings.listing")).isEqualTo(before);
	}

	@Test
	void aPictureThatCannotBeStoredWholeLeavesNoFilesBehind(@TempDir Path media) throws IOException {
		var session = new ListingImportSession(null, Clock.systemUTC(), null, new ImagePipeline(), new FullDisk(media));

		assertThatThrownBy(() -> session.importPicture(TestImages.png(640, 480))).hasMessageContaining("disk full");

		try (var files = Files.walk(media)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}

	/** An owner, a verified agent, an agent waiting for verification and a buyer. */
	private List<ImportedAccount> accounts(String prefix) {
		var registered = Instant.now().minus(Duration.ofDays(100));
		var requested = registered.plus(Duration.ofDays(1));
		return accountImport
			.importAccounts(List.of(
					new NewAccount(prefix + "-owner@import.test", "Ana", "Silva", null, Role.OWNER, registered, null),
					new NewAccount(prefix + "-agent@import.test", "João", "Costa", null, Role.AGENT, registered,
							new NewAccount.AgentProfile("LIC-1", "Atlantic Homes", null, null, null, requested,
									requested.plus(Duration.ofDays(2)))),
					new NewAccount(prefix + "-pending@import.test", "Inês", "Santos", null, Role.AGENT, registered,
							new NewAccount.AgentProfile("LIC-2", "Atlantic Homes", null, null, null, requested, null)),
					new NewAccount(prefix + "-buyer@import.test", "Miguel", "Ferreira", null, Role.BUYER, registered,
							null)),
					PASSWORD)
			.stream()
			.filter(account -> account.status() == AccountStatus.ACTIVE)
			.toList();
	}

	private static final String[][] CITIES = { { "Lisbon", "PT", "38.7223", "-9.1393" },
			{ "Porto", "PT", "41.1579", "-8.6291" }, { "Madrid", "ES", "40.4168", "-3.7038" } };

	/**
	 * A complete flat for sale, in one of three cities; mostly active, some pending, some
	 * drafts.
	 */
	private static NewListing listing(UUID owner, SplittableRandom random, PictureRef picture) {
		var city = CITIES[random.nextInt(CITIES.length)];
		var roll = random.nextInt(10);
		var status = roll < 7 ? ListingStatus.ACTIVE : roll < 9 ? ListingStatus.PENDING : ListingStatus.DRAFT;
		var createdAt = Instant.now().minus(Duration.ofDays(random.nextInt(30, 300)));
		var visibility = AddressVisibility.values()[random.nextInt(AddressVisibility.values().length)];
		return new NewListing(owner, status, "Bright flat in " + city[0], "Sunny rooms and a quiet street.",
				Purpose.SALE, PropertyType.APARTMENT,
				new Money(BigDecimal.valueOf(random.nextInt(100, 900) * 1000L), "EUR"),
				new NewListing.Address("Rua da Prata " + random.nextInt(1, 200), city[0], null, "1100-148", city[1]),
				visibility,
				new GeoPoint(Double.parseDouble(city[2]) + random.nextDouble(-0.05, 0.05),
						Double.parseDouble(city[3]) + random.nextDouble(-0.05, 0.05)),
				random.nextInt(1, 5), new BigDecimal("1.5"), new BigDecimal("85.50"), null, 1960,
				List.of("balcony", "elevator"), createdAt,
				status == ListingStatus.DRAFT ? null : createdAt.plus(Duration.ofDays(1)),
				List.of(new NewListing.Image(picture, "The front of the house")));
	}

	private static NewListing with(NewListing listing, UnaryOperator<NewListing> change) {
		return change.apply(listing);
	}

	private static NewListing status(NewListing l, ListingStatus status) {
		return new NewListing(l.ownerId(), status, l.title(), l.description(), l.purpose(), l.propertyType(), l.price(),
				l.address(), l.addressVisibility(), l.location(), l.bedrooms(), l.bathrooms(), l.livingArea(),
				l.lotArea(), l.yearBuilt(), l.features(), l.createdAt(), l.createdAt().plus(Duration.ofDays(1)),
				l.images());
	}

	private static NewListing price(NewListing l, String amount) {
		return new NewListing(l.ownerId(), l.status(), l.title(), l.description(), l.purpose(), l.propertyType(),
				Money.of(amount, "EUR"), l.address(), l.addressVisibility(), l.location(), l.bedrooms(), l.bathrooms(),
				l.livingArea(), l.lotArea(), l.yearBuilt(), l.features(), l.createdAt(), l.publishedAt(), l.images());
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

	/** The stored files of a picture: in a directory named by its id. */
	private List<Path> files(PictureRef picture) {
		try (var files = Files.walk(media)) {
			return files.filter(Files::isRegularFile)
				.filter(file -> file.getParent().getFileName().toString().equals(picture.id().toString()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

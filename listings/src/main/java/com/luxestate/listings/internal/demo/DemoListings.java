package com.luxestate.listings.internal.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.Role;
import com.luxestate.identity.demo.DemoAccount;
import com.luxestate.identity.demo.DemoAccounts;
import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.listings.internal.Address;
import com.luxestate.listings.internal.Coordinates;
import com.luxestate.listings.internal.media.ImagePipeline;
import com.luxestate.listings.internal.media.MediaStorage;
import com.luxestate.platform.UuidV7;

/**
 * Loads a realistic set of demo listings with PostgreSQL's {@code COPY}: spread around real cities, priced per city,
 * type and size, written in the vocabulary of real adverts, owned by real demo accounts (about one per 25 listings,
 * made by identity through {@link DemoAccounts}) and, unless they are drafts, shown by a picture from a small pool
 * ({@link DemoImages}). One million listings load in a few minutes, most of it spent by PostgreSQL on the full-text
 * column and the search indexes. Public coordinates and streets are derived by the same code the aggregate uses,
 * so the data is exactly what the API would have stored.
 */
public class DemoListings {

	private static final Logger log = LoggerFactory.getLogger(DemoListings.class);
	private static final int BATCH = 50_000;
	/** About one account per this many listings. */
	static final int LISTINGS_PER_ACCOUNT = 25;
	private static final String COLUMNS = "id, version, owner_id, status, title, description, purpose, property_type, "
			+ "price_amount, price_currency, street, city, region, postal_code, country, address_visibility, "
			+ "public_street, latitude, longitude, public_latitude, public_longitude, bedrooms, bathrooms, "
			+ "living_area, lot_area, year_built, features, owner_suspended, verified_agent, created_at, updated_at, "
			+ "published_at";
	private static final String IMAGE_COLUMNS = "listing_id, position, image_id, is_primary, alt_text, width, height, "
			+ "storage_key";

	private final DataSource dataSource;
	private final Clock clock;
	private final DemoAccounts accounts;
	private final ImagePipeline pipeline;
	private final MediaStorage storage;

	public DemoListings(DataSource dataSource, Clock clock, DemoAccounts accounts, ImagePipeline pipeline,
			MediaStorage storage) {
		this.dataSource = dataSource;
		this.clock = clock;
		this.accounts = accounts;
		this.pipeline = pipeline;
		this.storage = storage;
	}

	/**
	 * Adds {@code count} listings; the same seed gives the same listings (ids and dates aside). Their owners are the
	 * first {@code count / 25} demo accounts, which are created where missing and otherwise used as they are.
	 */
	public void load(int count, long seed) {
		var started = System.nanoTime();
		var random = new SplittableRandom(seed);
		// Pictures keep the processors busy, accounts mostly the database: both at once.
		var pictures = CompletableFuture.supplyAsync(() -> DemoImages.store(pipeline, storage, seed));
		var owners = Owners.of(accounts.ensure(Math.max(1, count / LISTINGS_PER_ACCOUNT)));
		recordVerifiedAgents(owners);
		var images = joined(pictures);
		log.info("Demo owners and pictures ready: {} owners, {} agents, {} pictures in {}", owners.owners().size(),
				owners.agents().size(), images.all().size(), Duration.ofNanos(System.nanoTime() - started));
		for (int loaded = 0; loaded < count; loaded += BATCH) {
			var rows = new StringBuilder(BATCH * 700);
			var imageRows = new StringBuilder(BATCH * 200);
			for (int i = 0; i < Math.min(BATCH, count - loaded); i++) {
				row(rows, imageRows, random, owners.pick(random), images);
			}
			copy(rows, imageRows);
			log.info("Loaded {} of {} demo listings", Math.min(loaded + BATCH, count), count);
		}
		vacuum();
		log.info("Loaded {} demo listings in {}", count, Duration.ofNanos(System.nanoTime() - started));
	}

	private static <T> T joined(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

	/**
	 * The accounts listings may have: owners, and agents, who have most listings. An account an admin has made
	 * something else since (a buyer, an admin) owns no new ones.
	 */
	private record Owners(List<DemoAccount> owners, List<DemoAccount> agents) {

		static Owners of(List<DemoAccount> accounts) {
			var owners = new Owners(accounts.stream().filter(account -> account.role() == Role.OWNER).toList(),
					accounts.stream().filter(account -> account.role() == Role.AGENT).toList());
			if (owners.owners().isEmpty() && owners.agents().isEmpty()) {
				throw new IllegalStateException("No demo account is an owner or an agent any more");
			}
			return owners;
		}

		DemoAccount pick(SplittableRandom random) {
			var from = agents.isEmpty() || !owners.isEmpty() && random.nextInt(100) < 15 ? owners : agents;
			return from.get(random.nextInt(from.size()));
		}
	}

	/**
	 * What listings would have learned from identity's {@code AgentVerified} had the agents been verified through the
	 * API, so that their future listings carry the badge too. Listings' own table: identity publishes no events for
	 * demo accounts.
	 */
	private void recordVerifiedAgents(Owners owners) {
		var verified = Stream.concat(owners.owners().stream(), owners.agents().stream())
				.filter(DemoAccount::verifiedAgent).map(DemoAccount::id).toArray(UUID[]::new);
		try (var connection = dataSource.getConnection();
				var statement = connection.prepareStatement("INSERT INTO listings.owner_standing (owner_id, "
						+ "verified_agent) SELECT unnest(?), true ON CONFLICT (owner_id) DO UPDATE SET "
						+ "verified_agent = true")) {
			statement.setArray(1, connection.createArrayOf("uuid", verified));
			statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Recording the verified demo agents failed", ex);
		}
	}

	private void row(StringBuilder rows, StringBuilder imageRows, SplittableRandom random, DemoAccount owner,
			DemoImages images) {
		var city = DemoCity.ALL.get(random.nextInt(DemoCity.ALL.size()));
		var purpose = random.nextInt(100) < 70 ? Purpose.SALE : Purpose.RENT;
		var type = DemoText.TYPES.get(random.nextInt(DemoText.TYPES.size()));
		var land = type == PropertyType.LAND;
		var area = DemoText.area(type, random);
		var bedrooms = land || type == PropertyType.COMMERCIAL ? null
				: type == PropertyType.STUDIO ? 0 : Math.max(1, (int) Math.round(area / 35 + random.nextInt(-1, 2)));
		var bathrooms = bedrooms == null ? null
				: BigDecimal.valueOf(Math.max(1, Math.round((bedrooms / 1.6 + random.nextDouble(0, 1)) * 2)) / 2.0);
		var perSquareMetre = purpose == Purpose.SALE ? city.salePerSquareMetre() : city.rentPerSquareMetre();
		var rawPrice = area * perSquareMetre * DemoText.typeFactor(type) * random.nextDouble(0.65, 1.45);
		var price = BigDecimal.valueOf(rawPrice).setScale(purpose == Purpose.SALE ? -3 : -1, RoundingMode.HALF_UP)
				.max(BigDecimal.valueOf(purpose == Purpose.SALE ? 10_000 : 100)).setScale(2);
		// Most listings lie within ~8 km of the centre, a few in the suburbs.
		var spread = random.nextInt(10) == 0 ? 0.25 : 0.07;
		var location = new GeoPoint(city.lat() + random.nextDouble(-spread, spread),
				city.lon() + random.nextDouble(-spread, spread) * 1.3);
		var visibility = random.nextInt(100) < 80 ? AddressVisibility.FULL
				: random.nextInt(100) < 75 ? AddressVisibility.STREET : AddressVisibility.HIDDEN;
		var street = DemoText.street(city, random);
		var address = new Address(street, city.name(), city.region(), DemoText.postalCode(city, random),
				city.country());
		var publicLocation = Coordinates.publicLocation(location, visibility);
		var features = DemoText.features(type, random);
		var status = status(random);
		var publishedAt = clock.instant().minus(Duration.ofMinutes(random.nextLong(1, 2 * 365 * 24 * 60)));
		var createdAt = publishedAt.minus(Duration.ofHours(random.nextLong(1, 24 * 14)));
		var published = status != ListingStatus.DRAFT;
		var id = UuidV7.next(clock);

		field(rows, id).field(rows, 0).field(rows, owner.id()).field(rows, status)
				.field(rows, DemoText.title(type, purpose, bedrooms, features, city, random))
				.field(rows, DemoText.description(type, purpose, area, features, city, random))
				.field(rows, purpose).field(rows, type).field(rows, price).field(rows, city.currency())
				.field(rows, street).field(rows, city.name()).field(rows, city.region())
				.field(rows, address.postalCode()).field(rows, city.country()).field(rows, visibility)
				.field(rows, address.seenBy(visibility).street()).field(rows, location.lat())
				.field(rows, location.lon()).field(rows, publicLocation.lat()).field(rows, publicLocation.lon())
				.field(rows, bedrooms).field(rows, bathrooms)
				.field(rows, land ? null : BigDecimal.valueOf(area).setScale(2, RoundingMode.HALF_UP))
				.field(rows, land || type == PropertyType.HOUSE || type == PropertyType.VILLA
						? BigDecimal.valueOf(land ? area : area * random.nextDouble(1.5, 6)).setScale(2, RoundingMode.HALF_UP)
						: null)
				.field(rows, land ? null : random.nextInt(1850, 2027))
				.field(rows, "{" + String.join(",", features) + "}")
				.field(rows, owner.status() == AccountStatus.SUSPENDED ? "t" : "f")
				.field(rows, owner.verifiedAgent() ? "t" : "f").field(rows, createdAt)
				.field(rows, publishedAt).last(rows, published ? publishedAt : null);
		// A public listing has at least one image, and a listing that was ever published was public.
		if (published) {
			var image = images.pick(type, random);
			field(imageRows, id).field(imageRows, 0).field(imageRows, UUID.randomUUID()).field(imageRows, "t")
					.field(imageRows, image.altText()).field(imageRows, image.width())
					.field(imageRows, image.height()).last(imageRows, image.storageKey());
		}
	}

	private static ListingStatus status(SplittableRandom random) {
		var roll = random.nextInt(100);
		return roll < 85 ? ListingStatus.ACTIVE : roll < 90 ? ListingStatus.PENDING
				: roll < 94 ? ListingStatus.SOLD : roll < 97 ? ListingStatus.OFF_MARKET : ListingStatus.DRAFT;
	}

	private DemoListings field(StringBuilder rows, Object value) {
		append(rows, value);
		rows.append('\t');
		return this;
	}

	private void last(StringBuilder rows, Object value) {
		append(rows, value);
		rows.append('\n');
	}

	/** COPY's text format: {@code \N} for null, backslash escapes for the separators. */
	private static void append(StringBuilder rows, Object value) {
		if (value == null) {
			rows.append("\\N");
			return;
		}
		var text = value instanceof Instant instant ? instant.toString() : value.toString();
		for (int i = 0; i < text.length(); i++) {
			var c = text.charAt(i);
			switch (c) {
				case '\\' -> rows.append("\\\\");
				case '\t' -> rows.append("\\t");
				case '\n' -> rows.append("\\n");
				case '\r' -> rows.append("\\r");
				default -> rows.append(c);
			}
		}
	}

	/** A batch of listings and their images, in one transaction: no listing is ever seen without its image. */
	private void copy(StringBuilder rows, StringBuilder imageRows) {
		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				var copy = connection.unwrap(PGConnection.class).getCopyAPI();
				copy.copyIn("COPY listings.listing (" + COLUMNS + ") FROM STDIN", new StringReader(rows.toString()));
				copy.copyIn("COPY listings.listing_image (" + IMAGE_COLUMNS + ") FROM STDIN",
						new StringReader(imageRows.toString()));
				connection.commit();
			}
			catch (SQLException | IOException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Loading demo listings failed", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Statistics for the planner, and the visibility map that index-only scans rely on; autovacuum would get there
	 * too, but only a while after a bulk load.
	 */
	private void vacuum() {
		try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			statement.execute("VACUUM (ANALYZE) listings.listing, listings.listing_image");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Vacuuming demo listings failed", ex);
		}
	}
}

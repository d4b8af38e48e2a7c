package com.luxestate.listings.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.Permission;
import com.luxestate.identity.UserDirectory;
import com.luxestate.identity.UserSummary;
import com.luxestate.listings.ListingImport;
import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.NewListing;
import com.luxestate.listings.PictureRef;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.listings.internal.media.ImagePipeline;
import com.luxestate.listings.internal.media.MediaKeys;
import com.luxestate.listings.internal.media.MediaStorage;
import com.luxestate.platform.ProblemException;
import com.luxestate.platform.ProblemException.FieldError;
import com.luxestate.platform.UuidV7;

/**
 * One import ({@link ListingImport.Session}). Listings are checked by the rules the API
 * applies ({@link ListingRules}, {@link ListingDetails#missingForPublication}), their
 * derived columns computed by the code the aggregate uses ({@link Address#seenBy},
 * {@link Coordinates#publicLocation}), and the rows written with {@code COPY}. Pictures
 * are stored once under {@code listings/<session id>/<picture id>/}, and every image row
 * that shows one refers to those files; the media janitor deletes them only with the last
 * such row.
 */
class ListingImportSession implements ListingImport.Session {

	private static final Logger log = LoggerFactory.getLogger(ListingImportSession.class);

	private static final String COLUMNS = "id, version, owner_id, status, title, description, purpose, property_type, "
			+ "price_amount, price_currency, street, city, region, postal_code, country, address_visibility, "
			+ "public_street, latitude, longitude, public_latitude, public_longitude, bedrooms, bathrooms, "
			+ "living_area, lot_area, year_built, features, owner_suspended, verified_agent, created_at, updated_at, "
			+ "published_at";

	private static final String IMAGE_COLUMNS = "listing_id, position, image_id, is_primary, alt_text, width, height, "
			+ "storage_key";

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final BigDecimal MAX_LOT_AREA = new BigDecimal("9999999999.99");

	private static final int MAX_PROBLEMS = 100;

	/** A stored picture, as image rows refer to it. */
	private record Picture(String storageKey, int width, int height) {
	}

	/** A listing that passed every check, with what the rows are made of. */
	private record Checked(NewListing listing, ListingDetails details, UserSummary owner) {
	}

	private final DataSource dataSource;

	private final Clock clock;

	private final UserDirectory directory;

	private final ImagePipeline pipeline;

	private final MediaStorage storage;

	private final ListingRules rules;

	private final UUID id = UUID.randomUUID();

	private final Map<UUID, Picture> pictures = new ConcurrentHashMap<>();

	/** Pictures that listings committed by this session show. */
	private final Set<UUID> shown = ConcurrentHashMap.newKeySet();

	/** Owners as identity described them when this session first met them. */
	private final Map<UUID, UserSummary> owners = new ConcurrentHashMap<>();

	/** Verified agents whose standing listings knows from this session already. */
	private final Set<UUID> standingRecorded = ConcurrentHashMap.newKeySet();

	private final AtomicLong imported = new AtomicLong();

	private volatile boolean closed;

	ListingImportSession(DataSource dataSource, Clock clock, UserDirectory directory, ImagePipeline pipeline,
			MediaStorage storage) {
		this.dataSource = dataSource;
		this.clock = clock;
		this.directory = directory;
		this.pipeline = pipeline;
		this.storage = storage;
		this.rules = new ListingRules(clock);
	}

	@Override
	public PictureRef importPicture(byte[] content) {
		requireOpen();
		var processed = pipeline.process(content);
		var pictureId = UUID.randomUUID();
		var prefix = MediaKeys.imagePrefix(id, pictureId);
		storage.storeImage(prefix, processed.derivatives());
		pictures.put(pictureId, new Picture(prefix, processed.width(), processed.height()));
		return new PictureRef(pictureId, processed.width(), processed.height());
	}

	@Override
	public int importListings(List<NewListing> listings) {
		requireOpen();
		if (listings.size() > ListingImport.MAX_LISTINGS) {
			throw ProblemException.invalid("listings", "must hold at most " + ListingImport.MAX_LISTINGS + " listings");
		}
		var checked = check(listings);
		var rows = new StringBuilder(listings.size() * 700);
		var imageRows = new StringBuilder(listings.size() * 200);
		for (var listing : checked) {
			rows(listing, rows, imageRows);
		}
		var verifiedAgents = checked.stream()
			.map(Checked::owner)
			.filter(UserSummary::verifiedAgent)
			.map(UserSummary::id)
			.filter(owner -> !standingRecorded.contains(owner))
			.collect(Collectors.toSet());
		write(rows, imageRows, verifiedAgents);
		standingRecorded.addAll(verifiedAgents);
		checked.forEach(listing -> listing.listing().images().forEach(image -> shown.add(image.picture().id())));
		imported.addAndGet(checked.size());
		return checked.size();
	}

	private List<Checked> check(List<NewListing> listings) {
		var unknown = listings.stream()
			.filter(listing -> listing != null && listing.ownerId() != null)
			.map(NewListing::ownerId)
			.filter(owner -> !owners.containsKey(owner))
			.collect(Collectors.toSet());
		if (!unknown.isEmpty()) {
			owners.putAll(directory.findUsers(unknown));
		}
		var now = clock.instant();
		var problems = new ArrayList<FieldError>();
		var checked = new ArrayList<Checked>(listings.size());
		for (int i = 0; i < listings.size() && problems.size() < MAX_PROBLEMS; i++) {
			var listing = listings.get(i);
			if (listing == null) {
				problems.add(new FieldError("listings[" + i + "]", "must not be null"));
				continue;
			}
			var found = new ArrayList<FieldError>();
			var owner = checkOwner(listing, found);
			var details = details(listing, found);
			if (details != null) {
				found.addAll(rules.check(details));
				checkLife(listing, details, now, found);
			}
			checkImages(listing, found);
			var at = "listings[" + i + "].";
			found.forEach(problem -> problems.add(new FieldError(at + problem.field(), problem.message())));
			if (found.isEmpty()) {
				checked.add(new Checked(listing, details, owner));
			}
		}
		if (!problems.isEmpty()) {
			throw ProblemException.invalid("The listings cannot be imported; none was.",
					problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
		}
		return checked;
	}

	private UserSummary checkOwner(NewListing listing, List<FieldError> problems) {
		var owner = listing.ownerId() == null ? null : owners.get(listing.ownerId());
		if (owner == null) {
			problems.add(new FieldError("ownerId", "must be an account identity knows"));
		}
		else if (owner.status() == AccountStatus.DELETED) {
			problems.add(new FieldError("ownerId", "must not be a deleted account"));
		}
		else if (!owner.role().permissions().contains(Permission.LISTINGS_WRITE)) {
			problems.add(new FieldError("ownerId", "must be an account that may write listings"));
		}
		return owner;
	}

	/**
	 * The listing form's format checks (what the web layer's bean validation checks),
	 * then the details.
	 */
	private static ListingDetails details(NewListing listing, List<FieldError> problems) {
		var before = problems.size();
		if (listing.title() == null || listing.title().length() > 120) {
			problems.add(new FieldError("title", "must have 1 to 120 characters"));
		}
		if (listing.description() != null && listing.description().length() > 10_000) {
			problems.add(new FieldError("description", "must have at most 10000 characters"));
		}
		required(problems, "purpose", listing.purpose());
		required(problems, "propertyType", listing.propertyType());
		required(problems, "price", listing.price());
		if (listing.price() != null && (listing.price().amount().signum() <= 0
				|| listing.price().amount().compareTo(ListingRules.MAX_PRICE) > 0)) {
			problems.add(new FieldError("price.amount", "must be positive and at most " + ListingRules.MAX_PRICE));
		}
		var address = listing.address();
		required(problems, "address", address);
		if (address != null) {
			length(problems, "address.street", address.street(), 200);
			if (address.city() == null || address.city().isBlank()) {
				problems.add(new FieldError("address.city", "must not be blank"));
			}
			length(problems, "address.city", address.city(), 100);
			length(problems, "address.region", address.region(), 100);
			length(problems, "address.postalCode", address.postalCode(), 20);
			if (address.country() == null || !COUNTRY.matcher(address.country()).matches()) {
				problems.add(new FieldError("address.country", "must be an ISO 3166-1 alpha-2 country code"));
			}
		}
		if (listing.bedrooms() != null && (listing.bedrooms() < 0 || listing.bedrooms() > 100)) {
			problems.add(new FieldError("bedrooms", "must be between 0 and 100"));
		}
		if (listing.bathrooms() != null && (listing.bathrooms().signum() < 0
				|| listing.bathrooms().compareTo(ListingRules.MAX_BATHROOMS) > 0)) {
			problems.add(new FieldError("bathrooms", "must be between 0 and " + ListingRules.MAX_BATHROOMS));
		}
		area(problems, "livingArea", listing.livingArea(), ListingRules.MAX_LIVING_AREA);
		area(problems, "lotArea", listing.lotArea(), MAX_LOT_AREA);
		if (listing.features().stream().anyMatch(feature -> feature.isBlank() || feature.length() > 40)) {
			problems.add(new FieldError("features", "must be 1 to 40 characters each"));
		}
		if (problems.size() > before) {
			return null;
		}
		return new ListingDetails(listing.title(), listing.description(), listing.purpose(), listing.propertyType(),
				listing.price(),
				new Address(blankToNull(address.street()), address.city().strip(), blankToNull(address.region()),
						blankToNull(address.postalCode()), address.country()),
				listing.addressVisibility(), listing.location(), listing.bedrooms(), listing.bathrooms(),
				listing.livingArea(), listing.lotArea(), listing.yearBuilt(), listing.features());
	}

	/**
	 * Where the listing's life got to: a status the graph reaches, as complete as it
	 * requires, in time order.
	 */
	private static void checkLife(NewListing listing, ListingDetails details, Instant now, List<FieldError> problems) {
		var status = listing.status();
		if (status == null || status == ListingStatus.REMOVED) {
			problems.add(new FieldError("status", "must be a status other than REMOVED"));
			return;
		}
		if (status == ListingStatus.SOLD && listing.purpose() != Purpose.SALE
				|| status == ListingStatus.RENTED && listing.purpose() != Purpose.RENT) {
			problems.add(new FieldError("status", "a listing for " + listing.purpose() + " cannot be " + status));
		}
		if (status != ListingStatus.DRAFT) {
			// It was published once, and publishing asks for this: a listing that was
			// public stays complete.
			for (var missing : details.missingForPublication()) {
				problems.add(new FieldError(missing, "is needed beyond a draft"));
			}
			if (listing.images().isEmpty()) {
				problems.add(new FieldError("images", "is needed beyond a draft"));
			}
		}
		var createdAt = listing.createdAt();
		if (createdAt == null || createdAt.isAfter(now)) {
			problems.add(new FieldError("createdAt", "must be a time that has come"));
		}
		var publishedAt = listing.publishedAt();
		if (status == ListingStatus.DRAFT && publishedAt != null) {
			problems.add(new FieldError("publishedAt", "must be null for a draft"));
		}
		if (status != ListingStatus.DRAFT && (publishedAt == null || publishedAt.isAfter(now)
				|| createdAt != null && publishedAt.isBefore(createdAt))) {
			problems.add(new FieldError("publishedAt", "must be between createdAt and now"));
		}
	}

	private void checkImages(NewListing listing, List<FieldError> problems) {
		if (listing.images().size() > Listing.MAX_IMAGES) {
			problems.add(new FieldError("images", "must hold at most " + Listing.MAX_IMAGES + " images"));
			return;
		}
		for (int i = 0; i < listing.images().size(); i++) {
			var image = listing.images().get(i);
			var picture = image == null || image.picture() == null ? null : pictures.get(image.picture().id());
			if (picture == null || picture.width() != image.picture().width()
					|| picture.height() != image.picture().height()) {
				problems.add(new FieldError("images[" + i + "].picture", "must be a picture of this import"));
			}
			else if (image.altText() != null && image.altText().length() > 300) {
				problems.add(new FieldError("images[" + i + "].altText", "must be at most 300 characters"));
			}
		}
	}

	private static void required(List<FieldError> problems, String field, Object value) {
		if (value == null) {
			problems.add(new FieldError(field, "must not be null"));
		}
	}

	private static void length(List<FieldError> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldError(field, "must have at most " + max + " characters"));
		}
	}

	private static void area(List<FieldError> problems, String field, BigDecimal area, BigDecimal max) {
		if (area != null && (area.signum() <= 0 || area.compareTo(max) > 0 || area.stripTrailingZeros().scale() > 2)) {
			problems.add(new FieldError(field, "must be positive, at most " + max + ", with at most 2 decimals"));
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * The listing's row and its images' rows, in COPY's text format, derived as the
	 * aggregate derives them.
	 */
	private void rows(Checked checked, StringBuilder rows, StringBuilder imageRows) {
		var listing = checked.listing();
		var details = checked.details();
		var address = details.address();
		var location = details.location();
		var publicLocation = Coordinates.publicLocation(location, details.addressVisibility());
		var listingId = UuidV7.next(clock);
		var features = details.features()
			.stream()
			.map(feature -> '"' + feature + '"')
			.collect(Collectors.joining(",", "{", "}"));
		field(rows, listingId);
		field(rows, 0);
		field(rows, checked.owner().id());
		field(rows, listing.status());
		field(rows, details.title());
		field(rows, details.description());
		field(rows, details.purpose());
		field(rows, details.propertyType());
		field(rows, details.price().amount());
		field(rows, details.price().currency());
		field(rows, address.street());
		field(rows, address.city());
		field(rows, address.region());
		field(rows, address.postalCode());
		field(rows, address.country());
		field(rows, details.addressVisibility());
		field(rows, address.seenBy(details.addressVisibility()).street());
		field(rows, location == null ? null : location.lat());
		field(rows, location == null ? null : location.lon());
		field(rows, publicLocation == null ? null : publicLocation.lat());
		field(rows, publicLocation == null ? null : publicLocation.lon());
		field(rows, details.bedrooms());
		field(rows, details.bathrooms());
		field(rows, details.livingArea());
		field(rows, details.lotArea());
		field(rows, details.yearBuilt());
		field(rows, features);
		field(rows, checked.owner().status() == AccountStatus.SUSPENDED ? "t" : "f");
		field(rows, checked.owner().verifiedAgent() ? "t" : "f");
		field(rows, listing.createdAt());
		field(rows, listing.publishedAt() == null ? listing.createdAt() : listing.publishedAt());
		last(rows, listing.publishedAt());
		for (int position = 0; position < listing.images().size(); position++) {
			var image = listing.images().get(position);
			var picture = pictures.get(image.picture().id());
			field(imageRows, listingId);
			field(imageRows, position);
			field(imageRows, UUID.randomUUID());
			field(imageRows, position == 0 ? "t" : "f");
			field(imageRows, blankToNull(image.altText()));
			field(imageRows, picture.width());
			field(imageRows, picture.height());
			last(imageRows, picture.storageKey());
		}
	}

	private static void field(StringBuilder rows, Object value) {
		append(rows, value);
		rows.append('\t');
	}

	private static void last(StringBuilder rows, Object value) {
		append(rows, value);
		rows.append('\n');
	}

	/** COPY's text format: {@code \N} for null, backslash escapes for the separators. */
	private static void append(StringBuilder rows, Object value) {
		if (value == null) {
			rows.append("\\N");
			return;
		}
		var text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
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

	/**
	 * The listings, their images and the standing of their verified agents, in one
	 * transaction: no listing is ever seen without its image, and an agent's next
	 * listings carry the badge too, as they would had listings heard of the verification
	 * ({@code AgentVerified}) rather than imported an agent verified already.
	 */
	private void write(StringBuilder rows, StringBuilder imageRows, Set<UUID> verifiedAgents) {
		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				recordVerifiedAgents(connection, verifiedAgents);
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
			throw new IllegalStateException("Importing listings failed", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void recordVerifiedAgents(Connection connection, Set<UUID> verifiedAgents) throws SQLException {
		if (verifiedAgents.isEmpty()) {
			return;
		}
		try (var statement = connection.prepareStatement("INSERT INTO listings.owner_standing (owner_id, "
				+ "verified_agent) SELECT unnest(?), true ON CONFLICT (owner_id) DO UPDATE SET verified_agent = true")) {
			statement.setArray(1, connection.createArrayOf("uuid", verifiedAgents.toArray(UUID[]::new)));
			statement.executeUpdate();
		}
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		var unshown = new HashSet<>(pictures.keySet());
		unshown.removeAll(shown);
		unshown.forEach(picture -> MediaKeys.allOf(pictures.get(picture).storageKey()).forEach(storage::delete));
		if (imported.get() > 0) {
			vacuum();
		}
		log.info("Import {} closed: {} listings, {} pictures ({} shown by none, deleted)", id, imported.get(),
				pictures.size(), unshown.size());
	}

	private void vacuum() {
		try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			statement.execute("VACUUM (ANALYZE) listings.listing, listings.listing_image");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Vacuuming imported listings failed", ex);
		}
	}

	private void requireOpen() {
		if (closed) {
			throw new IllegalStateException("This import is closed");
		}
	}

}

package com.luxestate.listings.internal;

import static com.luxestate.listings.ListingStatus.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.ListingPriceChanged;
import com.luxestate.listings.ListingPublished;
import com.luxestate.listings.ListingRemoved;
import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.ListingStatusChanged;
import com.luxestate.listings.ListingUpdated;
import com.luxestate.listings.Money;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.platform.ProblemException;

/**
 * A property offered for sale or rent, with its images: the aggregate root of the
 * listings module. It guards its status graph, its completeness for publication and its
 * images, and registers the events its changes cause.
 */
@Table(schema = "listings", name = "listing")
class Listing extends AbstractAggregateRoot<Listing> {

	static final int MAX_IMAGES = 40;

	/**
	 * The status changes of the API contract's graph; every other change, staying in the
	 * same status included, is a conflict. {@code REMOVED} is not a status change: it is
	 * reached by deleting ({@link #remove}) or by a moderator's take-down
	 * ({@link #takeDown}).
	 */
	private static final Map<ListingStatus, Set<ListingStatus>> TRANSITIONS = Map.of(DRAFT, Set.of(ACTIVE), ACTIVE,
			Set.of(PENDING, OFF_MARKET), PENDING, Set.of(SOLD, RENTED), OFF_MARKET, Set.of(ACTIVE), SOLD, Set.of(),
			RENTED, Set.of(), REMOVED, Set.of());

	private final @Id UUID id;

	private @Version Long version;

	private final UUID ownerId;

	private ListingStatus status;

	private ListingStatus statusBeforeTakeDown;

	private String title;

	private String description;

	private Purpose purpose;

	private PropertyType propertyType;

	@Embedded.Nullable(prefix = "price_")
	private Money price;

	@Embedded.Nullable
	private Address address;

	private AddressVisibility addressVisibility;

	private String publicStreet;

	private Double latitude;

	private Double longitude;

	private Double publicLatitude;

	private Double publicLongitude;

	private Integer bedrooms;

	private BigDecimal bathrooms;

	private BigDecimal livingArea;

	private BigDecimal lotArea;

	private Integer yearBuilt;

	private List<String> features;

	private boolean ownerSuspended;

	private boolean verifiedAgent;

	private final Instant createdAt;

	private Instant updatedAt;

	private Instant publishedAt;

	@MappedCollection(idColumn = "listing_id", keyColumn = "position")
	private List<ListingImage> images;

	@PersistenceCreator
	Listing(UUID id, Long version, UUID ownerId, Instant createdAt, List<ListingImage> images) {
		this.id = id;
		this.version = version;
		this.ownerId = ownerId;
		this.createdAt = createdAt;
		this.images = images == null ? new ArrayList<>() : new ArrayList<>(images);
	}

	static Listing draft(UUID id, UUID ownerId, ListingDetails details, OwnerStanding owner, Instant now) {
		var listing = new Listing(id, null, ownerId, now, List.of());
		listing.status = DRAFT;
		listing.ownerSuspended = owner.suspended();
		listing.verifiedAgent = owner.verifiedAgent();
		listing.apply(details);
		listing.updatedAt = now;
		return listing;
	}

	/**
	 * Replaces the owner's details; a new price is remembered and announced. A listing in
	 * search ({@code ACTIVE} or {@code PENDING}) stays as complete as publishing
	 * required: a change that would leave it incomplete is refused.
	 */
	void revise(ListingDetails details, Instant now) {
		requireNotRemoved();
		if (status.isSearchable()) {
			var missing = missingForPublication(details, images);
			if (!missing.isEmpty()) {
				throw ProblemException.conflict("A published listing must stay complete; this change would leave it "
						+ "without: " + String.join(", ", missing) + ".");
			}
		}
		var previousPrice = price;
		apply(details);
		updatedAt = now;
		registerEvent(new ListingUpdated(id, ownerId, now));
		if (!price.isSameAs(previousPrice)) {
			registerEvent(new ListingPriceChanged(id, ownerId, previousPrice, price, now));
		}
	}

	private void apply(ListingDetails details) {
		title = details.title();
		description = details.description();
		purpose = details.purpose();
		propertyType = details.propertyType();
		price = details.price();
		address = details.address();
		addressVisibility = details.addressVisibility();
		publicStreet = address.seenBy(addressVisibility).street();
		latitude = details.location() == null ? null : details.location().lat();
		longitude = details.location() == null ? null : details.location().lon();
		var publicLocation = Coordinates.publicLocation(details.location(), addressVisibility);
		publicLatitude = publicLocation == null ? null : publicLocation.lat();
		publicLongitude = publicLocation == null ? null : publicLocation.lon();
		bedrooms = details.bedrooms();
		bathrooms = details.bathrooms();
		livingArea = details.livingArea();
		lotArea = details.lotArea();
		yearBuilt = details.yearBuilt();
		features = details.features();
	}

	/**
	 * Moves the listing along the status graph. Publishing (into {@code ACTIVE} from a
	 * draft or from off-market) needs a complete listing with at least one image.
	 */
	void changeStatus(ListingStatus target, Instant now) {
		if (target == status) {
			throw ProblemException.conflict("The listing is already " + status + ".");
		}
		if (target == REMOVED) {
			throw ProblemException.conflict("A listing is removed by deleting it, not by a status change.");
		}
		if (!TRANSITIONS.get(status).contains(target)) {
			throw ProblemException.conflict("A listing cannot go from " + status + " to " + target + ".");
		}
		if (target == SOLD && purpose != Purpose.SALE || target == RENTED && purpose != Purpose.RENT) {
			throw ProblemException.conflict("A listing for " + purpose + " cannot become " + target + ".");
		}
		if (target == ACTIVE) {
			var missing = missingForPublication(details(), images);
			if (!missing.isEmpty()) {
				throw ProblemException.conflict(
						"The listing is not complete enough to publish; missing: " + String.join(", ", missing) + ".");
			}
		}
		if (target == ACTIVE && publishedAt == null) {
			publishedAt = now;
		}
		moveTo(target, now);
	}

	private static List<String> missingForPublication(ListingDetails details, List<ListingImage> images) {
		var missing = new ArrayList<>(details.missingForPublication());
		if (images.isEmpty()) {
			missing.add("images");
		}
		return missing;
	}

	/**
	 * Deleted by its owner (or with the owner's account): out of every list at once, for
	 * good, even when a moderator had taken it down.
	 * @return whether anything changed
	 */
	boolean remove(Instant now) {
		if (status == REMOVED && statusBeforeTakeDown == null) {
			return false;
		}
		statusBeforeTakeDown = null;
		moveTo(REMOVED, now);
		registerEvent(new ListingRemoved(id, ownerId, false, now));
		return true;
	}

	/**
	 * @return whether anything changed
	 */
	boolean takeDown(Instant now) {
		if (status == REMOVED) {
			return false;
		}
		statusBeforeTakeDown = status;
		moveTo(REMOVED, now);
		registerEvent(new ListingRemoved(id, ownerId, true, now));
		return true;
	}

	/**
	 * @return whether anything changed
	 */
	boolean restore(Instant now) {
		if (status != REMOVED || statusBeforeTakeDown == null) {
			return false;
		}
		var previous = statusBeforeTakeDown;
		statusBeforeTakeDown = null;
		moveTo(previous, now);
		return true;
	}

	/**
	 * Every status change goes through here: it is announced, and so is the listing
	 * entering search from outside it (a draft published, back from off-market, restored
	 * by a moderator), for saved-search alerts.
	 */
	private void moveTo(ListingStatus target, Instant now) {
		var wasSearchable = isSearchable();
		var previous = status;
		status = target;
		updatedAt = now;
		registerEvent(new ListingStatusChanged(id, ownerId, previous, target, now));
		if (!wasSearchable && isSearchable()) {
			registerEvent(publication(id, ownerId, status, details(), publicLocation().orElse(null), now));
		}
	}

	/**
	 * The announcement that a listing entered search, with what the public may see of it:
	 * the street and postal code its address visibility leaves, the public location. Also
	 * made for listings that come back without passing through the aggregate (an owner's
	 * reinstatement updates them in one statement).
	 */
	static ListingPublished publication(UUID id, UUID ownerId, ListingStatus status, ListingDetails details,
			GeoPoint publicLocation, Instant at) {
		var address = details.address().seenBy(details.addressVisibility());
		return new ListingPublished(id, ownerId, status, details.title(), details.description(), details.purpose(),
				details.propertyType(), details.price(), address.street(), address.city(), address.region(),
				address.postalCode(), address.country(), publicLocation, details.bedrooms(), details.bathrooms(),
				details.livingArea(), details.lotArea(), details.features(), at);
	}

	ListingImage addImage(UUID imageId, String altText, int width, int height, String storageKey, Instant now) {
		requireNotRemoved();
		if (images.size() >= MAX_IMAGES) {
			throw ProblemException.conflict("A listing has at most " + MAX_IMAGES + " images.");
		}
		var image = new ListingImage(imageId, images.isEmpty(), altText, width, height, storageKey);
		images.add(image);
		touched(now);
		return image;
	}

	/** Puts the images in the given order, which must name every image exactly once. */
	void reorderImages(List<UUID> imageIds, Instant now) {
		requireNotRemoved();
		var current = images.stream().map(ListingImage::imageId).toList();
		if (imageIds.size() != current.size() || !new HashSet<>(imageIds).equals(new HashSet<>(current))) {
			throw ListingProblems.invalid("imageIds", "must list every image of the listing exactly once");
		}
		images.sort(java.util.Comparator.comparingInt(image -> imageIds.indexOf(image.imageId())));
		touched(now);
	}

	void makePrimary(UUID imageId, Instant now) {
		requireNotRemoved();
		var chosen = image(imageId);
		images.forEach(image -> image.markPrimary(image == chosen));
		touched(now);
	}

	/**
	 * Removes an image; the last one of a listing in search stays (publishing required
	 * one).
	 * @return the removed image, whose files are to be deleted once this change is
	 * committed
	 */
	ListingImage removeImage(UUID imageId, Instant now) {
		requireNotRemoved();
		var removed = image(imageId);
		if (images.size() == 1 && status.isSearchable()) {
			throw ProblemException.conflict("A published listing must stay complete; it keeps at least one image: add "
					+ "another before deleting this one.");
		}
		images.remove(removed);
		if (removed.primary() && !images.isEmpty()) {
			images.getFirst().markPrimary(true);
		}
		touched(now);
		registerEvent(new ImageFilesReleased(id, List.of(removed.storageKey())));
		return removed;
	}

	/**
	 * Lets go of every image (the listing was deleted): @return the images whose files
	 * are to be deleted.
	 */
	List<ListingImage> releaseImages() {
		var released = List.copyOf(images);
		images.clear();
		if (!released.isEmpty()) {
			registerEvent(new ImageFilesReleased(id, released.stream().map(ListingImage::storageKey).toList()));
		}
		return released;
	}

	private ListingImage image(UUID imageId) {
		return images.stream()
			.filter(image -> image.imageId().equals(imageId))
			.findFirst()
			.orElseThrow(() -> ListingProblems.imageNotFound());
	}

	private void touched(Instant now) {
		updatedAt = now;
		registerEvent(new ListingUpdated(id, ownerId, now));
	}

	private void requireNotRemoved() {
		if (status == REMOVED) {
			throw ProblemException.conflict("A removed listing cannot be changed.");
		}
	}

	/**
	 * Whether anyone may see it: a public status, and an owner whose account is not
	 * suspended.
	 */
	boolean isPubliclyVisible() {
		return isPubliclyVisible(status, ownerSuspended);
	}

	static boolean isPubliclyVisible(ListingStatus status, boolean ownerSuspended) {
		return status.isPublic() && !ownerSuspended;
	}

	/**
	 * Whether search finds it: {@code ACTIVE}, or {@code PENDING} (for searches that
	 * include those), of an owner whose account is not suspended; the predicate of
	 * {@link ListingSearch} and of every search index.
	 */
	boolean isSearchable() {
		return status.isSearchable() && !ownerSuspended;
	}

	boolean isOwnedBy(UUID userId) {
		return ownerId.equals(userId);
	}

	ListingDetails details() {
		return new ListingDetails(title, description, purpose, propertyType, price, address, addressVisibility,
				latitude == null ? null : new GeoPoint(latitude, longitude), bedrooms, bathrooms, livingArea, lotArea,
				yearBuilt, features);
	}

	Optional<GeoPoint> publicLocation() {
		return publicLatitude == null ? Optional.empty() : Optional.of(new GeoPoint(publicLatitude, publicLongitude));
	}

	UUID id() {
		return id;
	}

	Long version() {
		return version;
	}

	UUID ownerId() {
		return ownerId;
	}

	ListingStatus status() {
		return status;
	}

	Money price() {
		return price;
	}

	Address address() {
		return address;
	}

	AddressVisibility addressVisibility() {
		return addressVisibility;
	}

	boolean verifiedAgent() {
		return verifiedAgent;
	}

	List<ListingImage> images() {
		return List.copyOf(images);
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	Instant publishedAt() {
		return publishedAt;
	}

}

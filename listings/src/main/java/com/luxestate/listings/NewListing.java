package com.luxestate.listings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A listing to import ({@link ListingImport}): what an owner writes through the API, plus
 * what the listing's life decided (its status and dates) and the pictures that show it.
 * The limits are those of the API's listing.
 *
 * @param ownerId an owner or agent account of identity's, not deleted
 * @param status any status but {@link ListingStatus#REMOVED}; beyond {@code DRAFT} the
 * listing must be complete enough to publish and have an image
 * @param title 1 to 120 characters of plain text (markup is removed, as the API does)
 * @param description at most 10,000 characters of plain text
 * @param price a positive amount in an ISO 4217 currency, at most 999,999,999,999.99
 * @param address the postal address; its country an ISO 3166-1 alpha-2 code
 * @param addressVisibility how much of the address the public sees; {@code null} is
 * {@code FULL}
 * @param location where the property is; {@code null} only for a draft
 * @param bedrooms 0 to 100, or {@code null}
 * @param bathrooms 0 to 99.5, in halves, or {@code null}
 * @param livingArea m², positive, at most 2 decimals, or {@code null}
 * @param lotArea m², positive, at most 2 decimals, or {@code null}
 * @param yearBuilt 1800 to next year, or {@code null}
 * @param features at most 30 distinct keys: the documented vocabulary and up to 5 free
 * ones
 * @param createdAt when the listing was made, not in the future
 * @param publishedAt when it was first published: {@code null} for a draft, otherwise
 * between {@code createdAt} and now
 * @param images at most 40, the first the primary one
 */
public record NewListing(UUID ownerId, ListingStatus status, String title, String description, Purpose purpose,
		PropertyType propertyType, Money price, Address address, AddressVisibility addressVisibility, GeoPoint location,
		Integer bedrooms, BigDecimal bathrooms, BigDecimal livingArea, BigDecimal lotArea, Integer yearBuilt,
		List<String> features, Instant createdAt, Instant publishedAt, List<Image> images) {

	public NewListing {
		features = features == null ? List.of() : List.copyOf(features);
		images = images == null ? List.of() : List.copyOf(images);
	}

	/**
	 * A postal address.
	 *
	 * @param street at most 200 characters; needed to publish
	 * @param city 1 to 100 characters
	 * @param region at most 100 characters, or {@code null}
	 * @param postalCode at most 20 characters, or {@code null}
	 * @param country an ISO 3166-1 alpha-2 code, for example {@code PT}
	 */
	public record Address(String street, String city, String region, String postalCode, String country) {
	}

	/**
	 * An image of the listing: a picture of the session, described.
	 *
	 * @param altText what it shows, at most 300 characters, or {@code null}
	 */
	public record Image(PictureRef picture, String altText) {
	}
}

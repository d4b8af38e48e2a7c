package com.luxestate.listings;

import java.util.UUID;

/**
 * What other modules may show of a listing: its public data only, with the address
 * visibility applied.
 *
 * @param publiclyVisible whether anyone may see the listing now, exactly as
 * {@link ListingCatalog#isPubliclyVisible} answers: a public status (not a draft, not
 * removed) and an owner whose account is not suspended. Summaries come for every id that
 * exists, so a consumer showing listings to others drops those without it. Search shows
 * fewer: only {@code ACTIVE} (and {@code PENDING} when asked) of those, which
 * {@code status} tells.
 * @param location the public position: exact, or coarsened to about 1 km for hidden
 * addresses; {@code null} when the owner has not placed the listing yet
 * @param primaryImagePath path of the primary image's thumbnail, {@code null} without
 * images
 */
public record ListingSummary(UUID id, UUID ownerId, ListingStatus status, boolean publiclyVisible, String title,
		Purpose purpose, PropertyType propertyType, Money price, String city, String country, GeoPoint location,
		String primaryImagePath) {
}

package com.luxestate.listings;

import java.util.UUID;

/**
 * What other modules may show of a listing: its public data only, with the address visibility applied.
 *
 * @param location the public position: exact, or coarsened to about 1 km for hidden addresses; {@code null} when
 * the owner has not placed the listing yet
 * @param primaryImagePath path of the primary image's thumbnail, {@code null} without images
 */
public record ListingSummary(UUID id, UUID ownerId, ListingStatus status, String title, Purpose purpose,
		PropertyType propertyType, Money price, String city, String country, GeoPoint location,
		String primaryImagePath) {
}

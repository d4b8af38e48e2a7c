package com.luxestate.listings;

import java.time.Instant;
import java.util.List;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A listing became publicly visible (first publication, or back from off-market). It carries everything a saved
 * search filters on, with the address visibility applied, so subscribers can match without calling back.
 *
 * @param location the public position (coarsened to about 1 km for hidden addresses)
 */
public record ListingPublished(UUID listingId, UUID ownerId, String title, Purpose purpose,
		PropertyType propertyType, Money price, String city, String country, GeoPoint location, Integer bedrooms,
		BigDecimal bathrooms, BigDecimal livingArea, List<String> features, Instant publishedAt) {
}

package com.luxestate.listings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A listing entered public search: published for the first time, back from off-market,
 * restored by a moderator, or its owner's account reinstated. It carries everything
 * search matches on, as the public sees it (the address visibility applied), so that
 * subscribers can match saved searches without calling back.
 *
 * @param status {@code ACTIVE}, or {@code PENDING} (which searches include only when
 * asked to) when a pending listing comes back
 * @param description the plain-text description, matched by full-text search
 * @param street the public street: without house numbers for {@code STREET} visibility,
 * {@code null} for {@code HIDDEN}
 * @param postalCode {@code null} for {@code HIDDEN} addresses
 * @param country ISO 3166-1 alpha-2 code
 * @param location the public position (coarsened to about 1 km for hidden addresses)
 * @param livingArea the area the search's area bounds compare, in m²
 * @param lotArea in m², for land
 * @param publishedAt when the listing entered search this time
 */
public record ListingPublished(UUID listingId, UUID ownerId, ListingStatus status, String title, String description,
		Purpose purpose, PropertyType propertyType, Money price, String street, String city, String region,
		String postalCode, String country, GeoPoint location, Integer bedrooms, BigDecimal bathrooms,
		BigDecimal livingArea, BigDecimal lotArea, List<String> features, Instant publishedAt) {
}

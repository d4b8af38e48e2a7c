package com.luxestate.listings.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.Money;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.listings.internal.Address;
import com.luxestate.listings.internal.ListingSearch.SearchHit;

/**
 * A listing in a result list, with the address visibility applied.
 *
 * @param distanceKm from the point searched around, when the search had one
 */
record ListingHitResponse(UUID id, ListingStatus status, @Schema(example = "Bright flat in Lisboa") String title,
		Purpose purpose, PropertyType propertyType, Money price, Address address, AddressVisibility addressVisibility,
		@Nullable GeoPoint location, @Schema(example = "2") @Nullable Integer bedrooms,
		@Schema(example = "1.5") @Nullable BigDecimal bathrooms,
		@Schema(example = "85.00") @Nullable BigDecimal livingArea, @Nullable BigDecimal lotArea, List<String> features,
		boolean verifiedAgent, @Schema(example = "2026-03-02T08:00:00Z") Instant publishedAt,
		@Nullable ImageUrls primaryImage, @Schema(example = "1.25") @Nullable BigDecimal distanceKm) {

	static ListingHitResponse of(SearchHit hit) {
		return new ListingHitResponse(hit.id(), hit.status(), hit.title(), hit.purpose(), hit.propertyType(),
				hit.price(), hit.address(), hit.addressVisibility(), hit.location(), hit.bedrooms(), hit.bathrooms(),
				hit.livingArea(), hit.lotArea(), hit.features(), hit.verifiedAgent(), hit.publishedAt(),
				ImageUrls.of(hit.id(), hit.primaryImageId()), hit.distanceMetres() == null ? null
						: BigDecimal.valueOf(hit.distanceMetres() / 1000).setScale(2, RoundingMode.HALF_UP));
	}
}

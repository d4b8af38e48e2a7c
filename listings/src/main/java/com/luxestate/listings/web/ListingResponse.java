package com.luxestate.listings.web;

import java.math.BigDecimal;
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
import com.luxestate.listings.internal.ListingView;
import com.luxestate.listings.internal.ListingView.ImageView;

/** The listing JSON of the API contract, as the caller may see it. */
record ListingResponse(@Schema(example = "0190f5a2-7c4e-7b1a-9d3e-2f6a8b4c1d5e") UUID id, UUID ownerId,
		ListingStatus status, @Schema(example = "Bright flat in Lisboa") String title,
		@Schema(example = "Sunny rooms, a quiet street and a view of the river.") @Nullable String description,
		Purpose purpose, PropertyType propertyType, Money price, Address address, AddressVisibility addressVisibility,
		@Nullable GeoPoint location, @Schema(example = "2") @Nullable Integer bedrooms,
		@Schema(example = "1.5") @Nullable BigDecimal bathrooms,
		@Schema(description = "m²", example = "85.00") @Nullable BigDecimal livingArea,
		@Schema(description = "m²", example = "120.00") @Nullable BigDecimal lotArea,
		@Schema(example = "1910") @Nullable Integer yearBuilt,
		@Schema(example = "[\"balcony\", \"elevator\"]") List<String> features, List<Image> images,
		boolean verifiedAgent, @Schema(example = "2026-03-01T10:15:30Z") Instant createdAt,
		@Schema(example = "2026-03-02T08:00:00Z") Instant updatedAt,
		@Schema(description = "When it was first published; null for a draft",
				example = "2026-03-02T08:00:00Z") @Nullable Instant publishedAt) {

	static ListingResponse of(ListingView view) {
		var details = view.details();
		return new ListingResponse(view.id(), view.ownerId(), view.status(), details.title(), details.description(),
				details.purpose(), details.propertyType(), details.price(), details.address(),
				details.addressVisibility(), details.location(), details.bedrooms(), details.bathrooms(),
				details.livingArea(), details.lotArea(), details.yearBuilt(), details.features(),
				view.images().stream().map(image -> Image.of(view.id(), image)).toList(), view.verifiedAgent(),
				view.createdAt(), view.updatedAt(), view.publishedAt());
	}

	record Image(UUID id, @Schema(example = "0") int position, boolean primary,
			@Schema(example = "Living room") @Nullable String altText, @Schema(example = "1600") int width,
			@Schema(example = "1200") int height, ImageUrls urls) {

		static Image of(UUID listingId, ImageView image) {
			return new Image(image.id(), image.position(), image.primary(), image.altText(), image.width(),
					image.height(), ImageUrls.of(listingId, image.id()));
		}
	}
}

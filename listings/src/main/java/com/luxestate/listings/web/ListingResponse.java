package com.luxestate.listings.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
record ListingResponse(UUID id, UUID ownerId, ListingStatus status, String title, String description,
		Purpose purpose, PropertyType propertyType, Money price, Address address,
		AddressVisibility addressVisibility, GeoPoint location, Integer bedrooms, BigDecimal bathrooms,
		BigDecimal livingArea, BigDecimal lotArea, Integer yearBuilt, List<String> features, List<Image> images,
		boolean verifiedAgent, Instant createdAt, Instant updatedAt, Instant publishedAt) {

	static ListingResponse of(ListingView view) {
		var details = view.details();
		return new ListingResponse(view.id(), view.ownerId(), view.status(), details.title(), details.description(),
				details.purpose(), details.propertyType(), details.price(), details.address(),
				details.addressVisibility(), details.location(), details.bedrooms(), details.bathrooms(),
				details.livingArea(), details.lotArea(), details.yearBuilt(), details.features(),
				view.images().stream().map(image -> Image.of(view.id(), image)).toList(), view.verifiedAgent(),
				view.createdAt(),
				view.updatedAt(), view.publishedAt());
	}

	record Image(UUID id, int position, boolean primary, String altText, int width, int height, ImageUrls urls) {

		static Image of(UUID listingId, ImageView image) {
			return new Image(image.id(), image.position(), image.primary(), image.altText(), image.width(),
					image.height(), ImageUrls.of(listingId, image.id()));
		}
	}
}

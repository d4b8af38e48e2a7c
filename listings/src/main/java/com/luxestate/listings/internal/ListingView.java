package com.luxestate.listings.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.luxestate.listings.ListingStatus;
import com.luxestate.platform.Caller;

/**
 * A listing as one caller may see it: with the full address for its owner and admins,
 * with the address visibility applied for everyone else.
 *
 * @param details the details, address and location already reduced to what this caller
 * may see
 * @param version the aggregate's version, the ETag of the listing
 */
public record ListingView(UUID id, UUID ownerId, ListingStatus status, ListingDetails details, List<ImageView> images,
		boolean verifiedAgent, long version, Instant createdAt, Instant updatedAt, Instant publishedAt) {

	static ListingView of(Listing listing, Caller caller) {
		var details = listing.details();
		if (!ListingManagement.manages(caller, listing.ownerId())) {
			details = new ListingDetails(details.title(), details.description(), details.purpose(),
					details.propertyType(), details.price(), details.address().seenBy(details.addressVisibility()),
					details.addressVisibility(), listing.publicLocation().orElse(null), details.bedrooms(),
					details.bathrooms(), details.livingArea(), details.lotArea(), details.yearBuilt(),
					details.features());
		}
		var images = listing.images();
		return new ListingView(listing.id(), listing.ownerId(), listing.status(), details,
				java.util.stream.IntStream.range(0, images.size())
					.mapToObj(i -> ImageView.of(images.get(i), i))
					.toList(),
				listing.verifiedAgent(), listing.version(), listing.createdAt(), listing.updatedAt(),
				listing.publishedAt());
	}

	/** One image, with the prefix of its stored derivatives. */
	public record ImageView(UUID id, int position, boolean primary, String altText, int width, int height,
			String storageKey) {

		static ImageView of(ListingImage image, int position) {
			return new ImageView(image.imageId(), position, image.primary(), image.altText(), image.width(),
					image.height(), image.storageKey());
		}
	}
}

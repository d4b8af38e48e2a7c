package com.luxestate.listings;

import java.time.Instant;
import java.util.UUID;

/** A listing's asking price changed (price drops alert the users who saved it). */
public record ListingPriceChanged(UUID listingId, UUID ownerId, Money previousPrice, Money newPrice,
		Instant changedAt) {
}

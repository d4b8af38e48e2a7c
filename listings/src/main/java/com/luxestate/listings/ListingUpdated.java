package com.luxestate.listings;

import java.time.Instant;
import java.util.UUID;

/** The owner (or an admin) changed a listing's details or images. */
public record ListingUpdated(UUID listingId, UUID ownerId, Instant updatedAt) {
}

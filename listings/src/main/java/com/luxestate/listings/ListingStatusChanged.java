package com.luxestate.listings;

import java.time.Instant;
import java.util.UUID;

/** A listing moved from one status to another. */
public record ListingStatusChanged(UUID listingId, UUID ownerId, ListingStatus previousStatus, ListingStatus newStatus,
		Instant changedAt) {
}

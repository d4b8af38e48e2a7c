package com.luxestate.listings;

import java.time.Instant;
import java.util.UUID;

/**
 * A listing left the marketplace for good (deleted by its owner, or its owner's account
 * was deleted) or was taken down by a moderator ({@code takenDown}); subscribers drop it
 * from favorites and alerts.
 */
public record ListingRemoved(UUID listingId, UUID ownerId, boolean takenDown, Instant removedAt) {
}

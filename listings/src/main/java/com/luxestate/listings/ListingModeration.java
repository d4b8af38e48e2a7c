package com.luxestate.listings;

import java.util.UUID;

/**
 * What the moderation module does to listings. Both operations are idempotent: taking
 * down a listing that is down, or restoring one that is up, changes nothing.
 */
public interface ListingModeration {

	/**
	 * Removes the listing from public view (status {@code REMOVED}), remembering the
	 * status to restore.
	 */
	void takeDown(UUID listingId, String reason, UUID actorId);

	/** Puts a taken-down listing back in the status it had before. */
	void restore(UUID listingId, UUID actorId);

}

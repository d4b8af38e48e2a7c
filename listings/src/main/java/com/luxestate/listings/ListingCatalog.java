package com.luxestate.listings;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Listings as other modules may see them: batch lookups, never one query per listing. */
public interface ListingCatalog {

	/**
	 * Summaries of the listings among {@code listingIds} that exist, by id; unknown ids
	 * are simply absent. Drafts, removed listings and those of suspended owners are
	 * included: {@link ListingSummary#publiclyVisible()} tells whether one may be shown
	 * to anyone but its owner.
	 */
	Map<UUID, ListingSummary> findSummaries(Collection<UUID> listingIds);

	Optional<UUID> findOwner(UUID listingId);

	/**
	 * Whether anyone may see the listing now: a public status and an owner whose account
	 * is not suspended.
	 */
	boolean isPubliclyVisible(UUID listingId);

}

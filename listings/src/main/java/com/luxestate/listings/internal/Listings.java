package com.luxestate.listings.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/**
 * All listings, as aggregates. Searches and projections go through jOOQ instead
 * ({@link ListingSearch}).
 * <p>
 * Every change of a listing aggregate starts with one of the {@code findLocked} methods:
 * the listing's row stays locked until the transaction ends, so writers of one listing
 * take turns, and each reads the listing as the one before left it. Two uploads at once
 * both succeed instead of one failing on the other's version; the version check that
 * remains is the caller's own {@code If-Match}. Statements that change several listings
 * at once ({@link OwnerStandings}) lock them in the same order as
 * {@link #findLockedByOwnerIdOrderById}.
 */
interface Listings extends ListCrudRepository<Listing, UUID> {

	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<Listing> findLockedById(UUID id);

	/**
	 * The owner's listings, locked in the order of their ids: writers of several listings
	 * never wait in a circle.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	List<Listing> findLockedByOwnerIdOrderById(UUID ownerId);

}

package com.luxestate.listings.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All listings, as aggregates. Searches and projections go through jOOQ instead ({@link ListingSearch}). */
interface Listings extends ListCrudRepository<Listing, UUID> {

	List<Listing> findByOwnerId(UUID ownerId);
}

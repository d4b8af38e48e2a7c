/**
 * Listings: properties for sale or rent, their media, price and status history, search
 * and similar listings, and their bulk import
 * ({@link com.luxestate.listings.ListingImport}). Asks billing for entitlements, asks
 * identity about owners and reacts to its account events.
 * <p>
 * This package is the module's public API; everything else lives in {@code internal} or
 * {@code web}. The allowed dependencies mirror the Maven dependencies of this module.
 */
@NullMarked
@ApplicationModule(displayName = "Listings", allowedDependencies = { "platform", "identity", "billing" })
package com.luxestate.listings;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

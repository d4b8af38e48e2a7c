/**
 * Listings: properties for sale or rent, their media, price and status history, search and
 * similar listings. Asks billing for entitlements and reacts to identity's account events; its demo data
 * generator has identity make the demo listings' owners ({@code identity :: demo}).
 * <p>
 * This package is the module's public API; everything else lives in {@code internal} or {@code web}.
 * The allowed dependencies mirror the Maven dependencies of this module.
 */
@NullMarked
@ApplicationModule(displayName = "Listings", allowedDependencies = { "platform", "identity",
		"identity :: demo", "billing" })
package com.luxestate.listings;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

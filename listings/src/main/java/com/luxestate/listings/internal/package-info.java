/**
 * Listings' domain and services: the package-private {@code Listing} aggregate and its
 * repository, handed out as {@code ListingView}; managing, searching and picturing
 * listings.
 */
@NullMarked
package com.luxestate.listings.internal;

import org.jspecify.annotations.NullMarked;

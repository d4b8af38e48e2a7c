/**
 * Listings' HTTP API: package-private controllers and the JSON they read and write.
 */
@NullMarked
package com.luxestate.listings.web;

import org.jspecify.annotations.NullMarked;

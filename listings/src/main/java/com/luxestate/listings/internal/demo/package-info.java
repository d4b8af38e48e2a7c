/**
 * The demo data generator ({@code LUXESTATE_DEMO_LISTINGS}): realistic listings, their owners and pictures.
 */
@NullMarked
package com.luxestate.listings.internal.demo;

import org.jspecify.annotations.NullMarked;

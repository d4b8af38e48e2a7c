/**
 * The demo data generator ({@code LUXESTATE_DEMO_LISTINGS}, README "Demo data and
 * benchmark"): decides what demo accounts, pictures and listings to make, and has
 * identity and listings store them through their public import APIs (ADR 0015). No module
 * depends on it; it uses only the modules' root packages.
 */
@NullMarked
package com.luxestate.app.demo;

import org.jspecify.annotations.NullMarked;

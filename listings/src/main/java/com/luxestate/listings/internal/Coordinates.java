package com.luxestate.listings.internal;

import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.GeoPoint;

/** Where a listing is shown to the public, given how much of its address it reveals. */
public final class Coordinates {

	/**
	 * About 1.1 km of latitude; longitude steps are widened towards the poles to stay
	 * about as long.
	 */
	static final double GRID_DEGREES = 0.01;

	private Coordinates() {
	}

	public static GeoPoint publicLocation(GeoPoint exact, AddressVisibility visibility) {
		if (exact == null || visibility != AddressVisibility.HIDDEN) {
			return exact;
		}
		return snappedToGrid(exact);
	}

	/**
	 * The centre of the fixed grid cell the point falls in. A fixed grid (rather than
	 * random noise) matters: noise could be averaged away over repeated reads, a cell
	 * centre always tells the same thing.
	 */
	static GeoPoint snappedToGrid(GeoPoint exact) {
		var lat = snap(exact.lat(), GRID_DEGREES);
		var lonStep = GRID_DEGREES / Math.max(Math.cos(Math.toRadians(lat)), 0.01);
		var lon = snap(exact.lon(), lonStep);
		return new GeoPoint(clamp(lat, 90), clamp(lon, 180));
	}

	private static double snap(double value, double step) {
		return Math.round((Math.floor(value / step) + 0.5) * step * 1_000_000d) / 1_000_000d;
	}

	private static double clamp(double value, double limit) {
		return Math.max(-limit, Math.min(limit, value));
	}

}

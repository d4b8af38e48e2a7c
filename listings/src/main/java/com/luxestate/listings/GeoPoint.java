package com.luxestate.listings;

/**
 * A position on the earth in WGS 84 degrees.
 *
 * @param lat latitude, -90 to 90
 * @param lon longitude, -180 to 180
 */
public record GeoPoint(double lat, double lon) {

	public GeoPoint {
		if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || Double.isNaN(lat) || Double.isNaN(lon)) {
			throw new IllegalArgumentException("Coordinates out of range");
		}
	}
}

package com.luxestate.listings.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;

/**
 * A search, as the web layer parsed and validated it from the query string: every
 * criterion is optional, and only consistent combinations reach this record (a radius
 * comes with a point, a distance sort with a point).
 */
public record SearchCriteria(String text, Purpose purpose, Set<PropertyType> types, BigDecimal minPrice,
		BigDecimal maxPrice, String currency, Integer minBedrooms, BigDecimal minBathrooms, BigDecimal minArea,
		BigDecimal maxArea, String city, String country, List<String> features, BoundingBox boundingBox, GeoPoint near,
		Double radiusKm, boolean includePending, SearchSort sort, int limit, SearchCursor after) {

	public SearchCriteria {
		types = types == null ? Set.of() : Set.copyOf(types);
		features = features == null ? List.of() : List.copyOf(features);
	}

	/** A rectangle in degrees; it does not cross the antimeridian. */
	public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
	}
}

package com.luxestate.listings.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.springframework.util.MultiValueMap;

import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.listings.internal.ListingProblems;
import com.luxestate.listings.internal.ListingRules;
import com.luxestate.listings.internal.SearchCriteria;
import com.luxestate.listings.internal.SearchCriteria.BoundingBox;
import com.luxestate.listings.internal.SearchCursor;
import com.luxestate.listings.internal.SearchSort;
import com.luxestate.platform.PageCursor;
import com.luxestate.platform.ProblemException.FieldError;

/**
 * Reads the search parameters of {@code GET /api/v1/listings}, checking all of them
 * before answering, so that one 400 names every parameter that is wrong, and never
 * silently corrects one (a {@code limit} over 100 is an error, not 100).
 */
final class SearchParameters {

	static final int DEFAULT_LIMIT = 20;
	static final int MAX_LIMIT = 100;
	static final double MAX_RADIUS_KM = 100;

	private final MultiValueMap<String, String> parameters;

	private final List<FieldError> problems = new ArrayList<>();

	private SearchParameters(MultiValueMap<String, String> parameters) {
		this.parameters = parameters;
	}

	static SearchCriteria parse(MultiValueMap<String, String> parameters) {
		return new SearchParameters(parameters).criteria();
	}

	private SearchCriteria criteria() {
		var text = text("q", 200);
		var purpose = value("purpose", raw -> Purpose.valueOf(raw.toUpperCase(Locale.ROOT)), "must be SALE or RENT");
		var types = types();
		var minPrice = decimal("minPrice", ListingRules.MAX_PRICE, 2);
		var maxPrice = decimal("maxPrice", ListingRules.MAX_PRICE, 2);
		if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
			problem("maxPrice", "must not be less than minPrice");
		}
		var currency = value("currency", raw -> {
			var code = raw.toUpperCase(Locale.ROOT);
			if (!ListingRules.isCurrency(code)) {
				throw new IllegalArgumentException();
			}
			return code;
		}, "must be an ISO 4217 currency code");
		var minBedrooms = value("minBedrooms", raw -> between(Integer.parseInt(raw), 0, 100),
				"must be a whole number from 0 to 100");
		var minBathrooms = decimal("minBathrooms", ListingRules.MAX_BATHROOMS, 1);
		var minArea = decimal("minArea", ListingRules.MAX_LIVING_AREA, 2);
		var maxArea = decimal("maxArea", ListingRules.MAX_LIVING_AREA, 2);
		if (minArea != null && maxArea != null && minArea.compareTo(maxArea) > 0) {
			problem("maxArea", "must not be less than minArea");
		}
		var city = text("city", 100);
		var country = value("country", raw -> {
			var code = raw.toUpperCase(Locale.ROOT);
			if (!ListingRules.isCountry(code)) {
				throw new IllegalArgumentException();
			}
			return code;
		}, "must be an ISO 3166-1 alpha-2 country code");
		var features = features();
		var boundingBox = value("bbox", SearchParameters::boundingBox,
				"must be minLon,minLat,maxLon,maxLat with minimum below maximum, within -180..180 and -90..90");
		var near = near();
		var radiusKm = value("radiusKm", raw -> {
			var radius = number(raw, 0, MAX_RADIUS_KM);
			if (!(radius > 0)) {
				throw new IllegalArgumentException();
			}
			return radius;
		}, "must be a number of kilometres above 0 and at most " + (int) MAX_RADIUS_KM);
		if (radiusKm != null && near == null && !has("lat") && !has("lon")) {
			problem("radiusKm", "needs lat and lon");
		}
		var includePending = value("includePending", SearchParameters::bool, "must be true or false");
		var sort = value("sort", raw -> SearchSort.ofParameter(raw).orElseThrow(),
				"must be one of relevance, newest, price_asc, price_desc, distance");
		if (sort == SearchSort.DISTANCE && near == null && !has("lat") && !has("lon")) {
			problem("sort", "distance needs lat and lon");
		}
		if (sort == SearchSort.RELEVANCE && text == null) {
			problem("sort", "relevance needs q");
		}
		var effectiveSort = sort != null ? sort : text != null ? SearchSort.RELEVANCE : SearchSort.NEWEST;
		var limit = value("limit", raw -> between(Integer.parseInt(raw), 1, MAX_LIMIT),
				"must be a whole number from 1 to " + MAX_LIMIT);
		var cursor = value(PageCursor.PARAMETER, raw -> SearchCursor.decode(raw, effectiveSort),
				PageCursor.NOT_A_CURSOR);
		if (!problems.isEmpty()) {
			throw ListingProblems.invalid(problems);
		}
		return new SearchCriteria(text, purpose, types, minPrice, maxPrice, currency, minBedrooms, minBathrooms,
				minArea, maxArea, city, country, features, boundingBox, near, radiusKm,
				Boolean.TRUE.equals(includePending), effectiveSort, limit == null ? DEFAULT_LIMIT : limit, cursor);
	}

	private Set<PropertyType> types() {
		var types = new LinkedHashSet<PropertyType>();
		for (var raw : values("type")) {
			for (var type : raw.split(",")) {
				try {
					types.add(PropertyType.valueOf(type.strip().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					problem("type", "must be property types of " + Arrays.toString(PropertyType.values()));
					return Set.of();
				}
			}
		}
		return types;
	}

	private List<String> features() {
		var raw = single("features");
		if (raw == null) {
			return List.of();
		}
		var features = Arrays.stream(raw.split(","))
			.map(String::strip)
			.map(feature -> feature.toLowerCase(Locale.ROOT))
			.distinct()
			.toList();
		if (features.stream().anyMatch(String::isEmpty) || features.size() > ListingRules.MAX_FEATURES) {
			problem("features", "must be up to 30 comma-separated features");
		}
		return features;
	}

	private GeoPoint near() {
		var lat = value("lat", raw -> number(raw, -90, 90), "must be a latitude from -90 to 90");
		var lon = value("lon", raw -> number(raw, -180, 180), "must be a longitude from -180 to 180");
		if (lat != null && lon == null && !has("lon")) {
			problem("lon", "is needed with lat");
		}
		if (lon != null && lat == null && !has("lat")) {
			problem("lat", "is needed with lon");
		}
		return lat != null && lon != null ? new GeoPoint(lat, lon) : null;
	}

	private static BoundingBox boundingBox(String raw) {
		var parts = raw.split(",");
		if (parts.length != 4) {
			throw new IllegalArgumentException();
		}
		var box = new BoundingBox(number(parts[0].strip(), -180, 180), number(parts[1].strip(), -90, 90),
				number(parts[2].strip(), -180, 180), number(parts[3].strip(), -90, 90));
		if (box.minLon() >= box.maxLon() || box.minLat() >= box.maxLat()) {
			throw new IllegalArgumentException();
		}
		return box;
	}

	private String text(String name, int maxLength) {
		var raw = single(name);
		if (raw == null || raw.isBlank()) {
			return null;
		}
		if (raw.length() > maxLength) {
			problem(name, "must be at most " + maxLength + " characters");
			return null;
		}
		return raw.strip();
	}

	/**
	 * A bound compared with a numeric column: only numbers the column can hold, so none
	 * overflows in SQL.
	 */
	private BigDecimal decimal(String name, BigDecimal max, int decimals) {
		return value(name, raw -> {
			var number = new BigDecimal(raw);
			if (number.signum() < 0 || number.compareTo(max) > 0 || number.stripTrailingZeros().scale() > decimals) {
				throw new IllegalArgumentException();
			}
			return number.setScale(decimals, RoundingMode.UNNECESSARY);
		}, "must be a number from 0 to " + max.toPlainString() + " with at most " + decimals + " decimal"
				+ (decimals == 1 ? "" : "s"));
	}

	/**
	 * A decimal number within bounds, read as a double. Parsed as a decimal first, so
	 * that {@code NaN}, {@code Infinity}, hexadecimal and Java's type suffixes
	 * ({@code 5f}) are malformed, as they are to clients.
	 */
	private static double number(String raw, double min, double max) {
		var number = new BigDecimal(raw);
		if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
			throw new IllegalArgumentException();
		}
		return number.doubleValue();
	}

	private <T> T value(String name, Function<String, T> parser, String message) {
		var raw = single(name);
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return parser.apply(raw.strip());
		}
		catch (RuntimeException ex) {
			problem(name, message);
			return null;
		}
	}

	private String single(String name) {
		var values = values(name);
		if (values.size() > 1) {
			problem(name, "must be given once");
			return null;
		}
		return values.isEmpty() ? null : values.getFirst();
	}

	private List<String> values(String name) {
		var values = parameters.get(name);
		return values == null ? List.of() : values;
	}

	private boolean has(String name) {
		return !values(name).isEmpty();
	}

	private void problem(String field, String message) {
		if (problems.stream().noneMatch(problem -> problem.field().equals(field))) {
			problems.add(new FieldError(field, message));
		}
	}

	private static boolean bool(String raw) {
		return switch (raw.toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException();
		};
	}

	private static int between(int value, int min, int max) {
		if (value < min || value > max) {
			throw new IllegalArgumentException();
		}
		return value;
	}

}

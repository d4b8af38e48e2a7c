package com.luxestate.listings.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.luxestate.platform.ProblemException.FieldError;

/**
 * The domain's rules on a listing's details that a format check cannot express: real ISO
 * codes, a year that has come (or comes next year, for new builds), and features from the
 * documented vocabulary plus a few free ones (docs/listings.md).
 */
public final class ListingRules {

	/**
	 * The documented feature vocabulary; clients may rely on these keys for filters and
	 * icons.
	 */
	public static final Set<String> KNOWN_FEATURES = Set.of("air_conditioning", "attic", "balcony", "basement",
			"concierge", "dishwasher", "double_glazing", "elevator", "ev_charger", "fireplace", "furnished", "garage",
			"garden", "gym", "heating", "laundry", "parking", "pets_allowed", "pool", "sea_view", "security",
			"solar_panels", "storage", "terrace", "waterfront", "wheelchair_accessible");

	/**
	 * The largest price the listing table holds (numeric(14,2)); amounts have at most 2
	 * decimals.
	 */
	public static final BigDecimal MAX_PRICE = new BigDecimal("999999999999.99");

	/** The largest living area the listing table holds (numeric(10,2)), in m². */
	public static final BigDecimal MAX_LIVING_AREA = new BigDecimal("99999999.99");

	/** The most bathrooms a listing has: halves, below what numeric(3,1) holds. */
	public static final BigDecimal MAX_BATHROOMS = new BigDecimal("99.5");

	static final int MAX_FREE_FEATURES = 5;

	public static final int MAX_FEATURES = 30;

	private static final Pattern FREE_FEATURE = Pattern.compile("[a-z0-9][a-z0-9 _-]{1,39}");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final Clock clock;

	public ListingRules(Clock clock) {
		this.clock = clock;
	}

	/** The rules the details break, by field; empty when they are fine. */
	public List<FieldError> check(ListingDetails details) {
		var problems = new ArrayList<FieldError>();
		if (details.title() == null || details.title().isBlank()) {
			// Checked here, after markup was removed: a title of only tags ("<b></b>")
			// has no text.
			problems.add(new FieldError("title", "must not be blank (markup is removed)"));
		}
		if (details.price() != null && !isCurrency(details.price().currency())) {
			problems.add(new FieldError("price.currency", "must be an ISO 4217 currency code"));
		}
		if (details.address() != null && details.address().country() != null
				&& !isCountry(details.address().country())) {
			problems.add(new FieldError("address.country", "must be an ISO 3166-1 alpha-2 country code"));
		}
		var nextYear = Year.now(clock).getValue() + 1;
		if (details.yearBuilt() != null && (details.yearBuilt() < 1800 || details.yearBuilt() > nextYear)) {
			problems.add(new FieldError("yearBuilt", "must be between 1800 and " + nextYear));
		}
		if (details.bathrooms() != null
				&& details.bathrooms().multiply(java.math.BigDecimal.TWO).stripTrailingZeros().scale() > 0) {
			problems.add(new FieldError("bathrooms", "must be a whole or half number"));
		}
		checkFeatures(details.features(), problems);
		return problems;
	}

	private static void checkFeatures(List<String> features, List<FieldError> problems) {
		if (features.size() > MAX_FEATURES || new HashSet<>(features).size() != features.size()) {
			problems.add(new FieldError("features", "must hold at most " + MAX_FEATURES + " distinct features"));
			return;
		}
		var free = features.stream().filter(feature -> !KNOWN_FEATURES.contains(feature)).toList();
		if (free.stream().anyMatch(feature -> !FREE_FEATURE.matcher(feature).matches())) {
			problems.add(new FieldError("features",
					"free features are 2 to 40 lower-case letters, digits, spaces, '-' or '_'"));
		}
		else if (free.size() > MAX_FREE_FEATURES) {
			problems.add(new FieldError("features",
					"must hold at most " + MAX_FREE_FEATURES + " features outside the documented vocabulary"));
		}
	}

	/** An ISO 3166-1 alpha-2 country code. */
	public static boolean isCountry(String code) {
		return COUNTRIES.contains(code);
	}

	public static boolean isCurrency(String code) {
		try {
			return code != null && code.length() == 3 && Currency.getInstance(code) != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}

package com.luxestate.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;

/**
 * The words of demo listings: titles, descriptions, streets and features as real adverts
 * use them.
 */
final class DemoText {

	/** Weighted: flats are far more common than villas or land. */
	static final List<PropertyType> TYPES = weighted();

	private static final String[] ADJECTIVES = { "Bright", "Spacious", "Renovated", "Charming", "Modern", "Quiet",
			"Elegant", "Cosy", "Sunny", "Stylish", "Classic", "Luxurious" };

	private static final String[] VIEWS = { "river view", "park view", "sea view", "city view", "garden view",
			"mountain view", "courtyard view" };

	private static final String[] OPENINGS = { "Welcome to this %s %s in %s.",
			"A rare opportunity: %s %s in one of the most sought-after parts of %s.",
			"Discover this %s %s, a short walk from the centre of %s." };

	private static final String[] SENTENCES = { "The living room opens onto a %s.",
			"Large windows bring in light all day long.", "The kitchen was fully renovated with quality materials.",
			"Shops, schools and public transport are within walking distance.",
			"High ceilings and original details give it real character.",
			"The bedrooms are quiet and face the inner courtyard.", "Energy-efficient windows and heating.",
			"Ideal for a family, or as an investment.", "Parquet floors throughout.",
			"The building is well kept, with a friendly neighbourhood." };

	private static final String[] COMMON_FEATURES = { "balcony", "elevator", "parking", "heating", "air_conditioning",
			"storage", "double_glazing", "dishwasher", "laundry", "furnished", "pets_allowed" };

	private static final String[] HOUSE_FEATURES = { "garden", "garage", "pool", "terrace", "fireplace", "basement",
			"attic", "solar_panels", "ev_charger" };

	private static final String[] PREMIUM_FEATURES = { "sea_view", "concierge", "gym", "security", "waterfront",
			"wheelchair_accessible" };

	private DemoText() {
	}

	static double area(PropertyType type, SplittableRandom random) {
		return switch (type) {
			case STUDIO -> random.nextDouble(22, 45);
			case APARTMENT, CONDO -> random.nextDouble(40, 160);
			case PENTHOUSE -> random.nextDouble(90, 300);
			case TOWNHOUSE -> random.nextDouble(90, 220);
			case HOUSE -> random.nextDouble(90, 350);
			case VILLA -> random.nextDouble(180, 700);
			case LAND -> random.nextDouble(300, 5000);
			case COMMERCIAL -> random.nextDouble(40, 600);
		};
	}

	/** How the price per m² of a type compares with the city's typical flat. */
	static double typeFactor(PropertyType type) {
		return switch (type) {
			case PENTHOUSE, VILLA -> 1.5;
			case LAND -> 0.12;
			case COMMERCIAL -> 0.85;
			case STUDIO -> 1.1;
			default -> 1.0;
		};
	}

	static List<String> features(PropertyType type, SplittableRandom random) {
		var features = new ArrayList<String>();
		if (type == PropertyType.LAND) {
			return features;
		}
		pick(features, COMMON_FEATURES, random.nextInt(1, 5), random);
		if (type == PropertyType.HOUSE || type == PropertyType.VILLA || type == PropertyType.TOWNHOUSE) {
			pick(features, HOUSE_FEATURES, random.nextInt(1, 4), random);
		}
		if (random.nextInt(5) == 0 || type == PropertyType.PENTHOUSE || type == PropertyType.VILLA) {
			pick(features, PREMIUM_FEATURES, 1, random);
		}
		return features;
	}

	static String title(PropertyType type, Purpose purpose, Integer bedrooms, List<String> features, DemoCity city,
			SplittableRandom random) {
		var adjective = ADJECTIVES[random.nextInt(ADJECTIVES.length)];
		var rooms = bedrooms == null || bedrooms == 0 ? "" : bedrooms + "-bed ";
		var extra = features.contains("pool") ? " with pool" : features.contains("terrace") ? " with terrace"
				: features.contains("sea_view") ? " with sea view" : features.contains("garden") ? " with garden" : "";
		var what = purpose == Purpose.RENT ? " for rent" : "";
		return adjective + " " + rooms + noun(type) + extra + " in " + city.name() + what;
	}

	static String description(PropertyType type, Purpose purpose, double area, List<String> features, DemoCity city,
			SplittableRandom random) {
		var text = new StringBuilder(OPENINGS[random.nextInt(OPENINGS.length)]
			.formatted(ADJECTIVES[random.nextInt(ADJECTIVES.length)].toLowerCase(), noun(type), city.name()));
		text.append(" It offers ").append(Math.round(area)).append(" m²");
		if (!features.isEmpty()) {
			text.append(" with ").append(String.join(", ", features).replace('_', ' '));
		}
		text.append('.');
		for (int i = 0; i < 3; i++) {
			text.append(' ')
				.append(SENTENCES[random.nextInt(SENTENCES.length)].formatted(VIEWS[random.nextInt(VIEWS.length)]));
		}
		if (purpose == Purpose.RENT) {
			text.append(" Available now for a minimum stay of twelve months.");
		}
		return text.toString();
	}

	static String street(DemoCity city, SplittableRandom random) {
		var street = city.streets()[random.nextInt(city.streets().length)];
		var number = random.nextInt(1, 250);
		return city.country().equals("GB") || city.country().equals("US") || city.country().equals("IE")
				|| city.country().equals("FR") ? number + " " + street : street + " " + number;
	}

	static String postalCode(DemoCity city, SplittableRandom random) {
		return switch (city.country()) {
			case "PT" -> "%04d-%03d".formatted(random.nextInt(1000, 9999), random.nextInt(1000));
			case "GB" -> "SW" + random.nextInt(1, 20) + " " + random.nextInt(1, 9) + "AB";
			case "NL" -> random.nextInt(1000, 9999) + " AB";
			default -> "%05d".formatted(random.nextInt(1000, 99999));
		};
	}

	private static String noun(PropertyType type) {
		return switch (type) {
			case APARTMENT -> "apartment";
			case HOUSE -> "house";
			case CONDO -> "condo";
			case TOWNHOUSE -> "townhouse";
			case VILLA -> "villa";
			case PENTHOUSE -> "penthouse";
			case STUDIO -> "studio";
			case LAND -> "building plot";
			case COMMERCIAL -> "commercial space";
		};
	}

	private static void pick(List<String> features, String[] from, int count, SplittableRandom random) {
		for (int i = 0; i < count; i++) {
			var feature = from[random.nextInt(from.length)];
			if (!features.contains(feature)) {
				features.add(feature);
			}
		}
	}

	private static List<PropertyType> weighted() {
		var types = new ArrayList<PropertyType>();
		add(types, PropertyType.APARTMENT, 40);
		add(types, PropertyType.HOUSE, 15);
		add(types, PropertyType.CONDO, 8);
		add(types, PropertyType.TOWNHOUSE, 8);
		add(types, PropertyType.STUDIO, 10);
		add(types, PropertyType.PENTHOUSE, 4);
		add(types, PropertyType.VILLA, 5);
		add(types, PropertyType.LAND, 4);
		add(types, PropertyType.COMMERCIAL, 6);
		return List.copyOf(types);
	}

	private static void add(List<PropertyType> types, PropertyType type, int weight) {
		for (int i = 0; i < weight; i++) {
			types.add(type);
		}
	}

}

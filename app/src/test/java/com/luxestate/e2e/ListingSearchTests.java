package com.luxestate.e2e;

import static com.luxestate.e2e.ListingsApi.fieldsIn;
import static com.luxestate.e2e.ListingsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.luxestate.e2e.TestAccounts.Account;
import com.luxestate.identity.Role;

/**
 * Every search parameter and sort against a crafted set of listings around one point. The
 * set lives in a city of its own, and every search names that city, so listings of other
 * tests never show up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingSearchTests extends ListingsEndToEnd {

	static final double LAT = 40.0;
	static final double LON = -8.0;

	/** Degrees of longitude per kilometre at this latitude. */
	static final double LON_PER_KM = 1 / (111.32 * Math.cos(Math.toRadians(LAT)));
	static final double LAT_PER_KM = 1 / 110.57;
	static final double FAR_LAT = 41.5;
	static final double FAR_LON = -7.0;

	final String city = "Évoravila " + UUID.randomUUID().toString().substring(0, 8);

	Account owner;

	UUID sunnyFlat; // 0.5 km north

	UUID familyHouse; // 3 km east

	UUID furnishedRental; // 1.2 km south

	UUID seaViewVilla; // about 8 km north, address hidden

	UUID farFlat; // 20 km east

	UUID pendingFlat;

	UUID draft;

	@BeforeAll
	void craftListings() {
		connect();
		owner = accounts.register(Role.AGENT);
		sunnyFlat = listings.publish(owner, listing("Sunny apartment with balcony", "Light all day long.", "SALE",
				"APARTMENT", 200000, 2, 1.0, 80, List.of("balcony", "elevator"), LAT + 0.5 * LAT_PER_KM, LON));
		familyHouse = listings.publish(owner, listing("Family house", "A garden and a pool for the children.", "SALE",
				"HOUSE", 450000, 4, 2.5, 180, List.of("garden", "pool", "garage"), LAT, LON + 3 * LON_PER_KM));
		furnishedRental = listings.publish(owner, listing("Furnished flat", "Around the corner from the café.", "RENT",
				"APARTMENT", 1200, 1, 1.0, 45, List.of("furnished", "elevator"), LAT - 1.2 * LAT_PER_KM, LON));
		var villa = listing("Sea view villa", "Infinity pool above the bay.", "SALE", "VILLA", 900000, 5, 4.0, 320,
				List.of("pool", "sea_view", "garden"), 40.0703, LON);
		villa.put("addressVisibility", "HIDDEN");
		seaViewVilla = listings.publish(owner, villa);
		farFlat = listings.publish(owner, listing("Quiet apartment", "A balcony over the park.", "SALE", "APARTMENT",
				200000, 3, 2.0, 100, List.of("balcony"), LAT, LON + 20 * LON_PER_KM));
		pendingFlat = listings.publish(owner, listing("Flat under offer", "Offer accepted.", "SALE", "APARTMENT",
				350000, 2, 1.0, 90, List.of(), LAT, LON));
		assertThat(listings.changeStatus(owner, pendingFlat, "PENDING", null).getStatusCode().value()).isEqualTo(200);
		draft = listings.createDraft(owner, listing("Unfinished draft", "Not yet.", "SALE", "APARTMENT", 200000, 2, 1.0,
				80, List.of("balcony"), LAT, LON));
	}

	@Test
	void onlyPublicListingsAreFoundAndPendingOnRequest() {
		assertThat(find("")).containsExactlyInAnyOrder(sunnyFlat, familyHouse, furnishedRental, seaViewVilla, farFlat);
		assertThat(find("includePending=true")).contains(pendingFlat).doesNotContain(draft);
	}

	@Test
	void filtersOnPurposeTypeAndFeatures() {
		assertThat(find("purpose=RENT")).containsExactly(furnishedRental);
		assertThat(find("type=HOUSE&type=VILLA")).containsExactlyInAnyOrder(familyHouse, seaViewVilla);
		assertThat(find("features=pool,garden")).containsExactlyInAnyOrder(familyHouse, seaViewVilla);
		assertThat(find("features=pool,garage")).containsExactly(familyHouse);
	}

	@Test
	void filtersOnRangesWithInclusiveBounds() {
		assertThat(find("minPrice=200000&maxPrice=450000")).containsExactlyInAnyOrder(sunnyFlat, familyHouse, farFlat);
		assertThat(find("minPrice=200000.01&maxPrice=449999.99")).isEmpty();
		assertThat(find("maxPrice=1200&currency=EUR")).containsExactly(furnishedRental);
		assertThat(find("minBedrooms=4")).containsExactlyInAnyOrder(familyHouse, seaViewVilla);
		assertThat(find("minBathrooms=2.5")).containsExactlyInAnyOrder(familyHouse, seaViewVilla);
		assertThat(find("minArea=100&maxArea=180")).containsExactlyInAnyOrder(familyHouse, farFlat);
	}

	@Test
	void filtersOnCityAccentAndCaseInsensitivelyAndOnCountry() {
		var plainCity = city.replace("É", "e").toUpperCase();
		assertThat(listings.searchIds("city=" + plainCity)).hasSize(5);
		assertThat(find("country=PT")).hasSize(5);
		assertThat(find("country=ES")).isEmpty();
	}

	@Test
	void findsFullTextAccentInsensitivelyWithWebSearchSyntax() {
		assertThat(find("q=cafe")).containsExactly(furnishedRental);
		assertThat(find("q=SUNNY")).containsExactly(sunnyFlat);
		assertThat(find("q=" + "pool -villa")).containsExactly(familyHouse);
		assertThat(find("q=" + "\"infinity pool\"")).containsExactly(seaViewVilla);
		assertThat(find("q=" + "balcony or garden")).containsExactlyInAnyOrder(sunnyFlat, familyHouse, farFlat);
		// Relevance: a title match outranks a description match.
		assertThat(find("q=balcony")).containsExactly(sunnyFlat, farFlat);
	}

	@Test
	void findsWithinABoundingBoxAndARadius() {
		var box = (LON - 0.5 * LON_PER_KM) + "," + (LAT - 2 * LAT_PER_KM) + "," + (LON + 0.5 * LON_PER_KM) + ","
				+ (LAT + 1 * LAT_PER_KM);
		assertThat(find("bbox=" + box)).containsExactlyInAnyOrder(sunnyFlat, furnishedRental);
		assertThat(find("lat=" + LAT + "&lon=" + LON + "&radiusKm=2.9")).containsExactlyInAnyOrder(sunnyFlat,
				furnishedRental);
		assertThat(find("lat=" + LAT + "&lon=" + LON + "&radiusKm=3.1")).containsExactlyInAnyOrder(sunnyFlat,
				furnishedRental, familyHouse);
	}

	/**
	 * A region-sized box pages through the B-trees and counts through the GiST index:
	 * both must agree.
	 */
	@Test
	void findsWithinALargeBoundingBoxWithItsEdgesIncluded() {
		var region = (LON - 1.5) + "," + (LAT - 1) + "," + (LON + 3 * LON_PER_KM) + "," + (LAT + 1);
		for (var sort : List.of("newest", "price_asc", "price_desc")) {
			var page = json(listings.get(null, "/api/v1/listings?city=" + city + "&bbox=" + region + "&sort=" + sort));
			var found = page.get("items")
				.valueStream()
				.map(item -> UUID.fromString(item.get("id").asString()))
				.toList();
			assertThat(found).as(sort).containsExactlyInAnyOrder(sunnyFlat, furnishedRental, familyHouse, seaViewVilla);
			assertThat(page.get("total").asInt()).as(sort).isEqualTo(4);
		}
	}

	@Test
	void sortsByDistancePriceAndNewest() {
		assertThat(find("lat=" + LAT + "&lon=" + LON + "&sort=distance")).containsExactly(sunnyFlat, furnishedRental,
				familyHouse, seaViewVilla, farFlat);
		assertThat(find("sort=price_asc")).containsExactly(furnishedRental, sunnyFlat, farFlat, familyHouse,
				seaViewVilla);
		assertThat(find("sort=price_desc")).containsExactly(seaViewVilla, familyHouse, farFlat, sunnyFlat,
				furnishedRental);
		assertThat(find("")).containsExactly(farFlat, seaViewVilla, furnishedRental, familyHouse, sunnyFlat);
		var withDistance = json(
				listings.get(null, "/api/v1/listings?city=" + city + "&lat=" + LAT + "&lon=" + LON + "&sort=distance"));
		assertThat(withDistance.get("items").get(0).get("distanceKm").asDouble()).isBetween(0.45, 0.55);
	}

	@Test
	void aHiddenAddressCannotBeLocatedBetterThanItsGridCell() {
		var hit = json(listings.get(null, "/api/v1/listings?city=" + city + "&type=VILLA")).get("items").get(0);
		assertThat(hit.get("address").get("street").isNull()).isTrue();
		var shownLat = hit.get("location").get("lat").asDouble();
		assertThat(Math.abs(shownLat - 40.0703)).isGreaterThan(0.004);
		assertThat(json(listings.get(null, "/api/v1/listings/" + seaViewVilla)).get("location").get("lat").asDouble())
			.isEqualTo(shownLat);
		assertThat(json(listings.get(owner, "/api/v1/listings/" + seaViewVilla)).get("location").get("lat").asDouble())
			.as("the owner sees the exact position")
			.isEqualTo(40.0703);

		assertThat(find("lat=40.0703&lon=" + LON + "&radiusKm=0.2")).doesNotContain(seaViewVilla);
		assertThat(find("lat=" + shownLat + "&lon=" + hit.get("location").get("lon").asDouble() + "&radiusKm=0.2"))
			.containsExactly(seaViewVilla);
	}

	@Test
	void aHiddenAddressCannotBeFoundByItsPostalCode() {
		assertThat(find("q=\"1100-148\"")).as("every crafted listing has this postal code")
			.contains(sunnyFlat, familyHouse)
			.doesNotContain(seaViewVilla);
	}

	/**
	 * In a city of its own, so that adding listings on the way does not change what the
	 * other tests find. Hidden addresses in one grid cell share their public point, so
	 * distance order has ties that only the id breaks.
	 */
	@Test
	void pagingReturnsEveryMatchExactlyOnceWhileListingsAreAdded() {
		var pagedCity = "Pagingville " + UUID.randomUUID().toString().substring(0, 8);
		var expected = new ArrayList<UUID>();
		for (var i = 0; i < 7; i++) {
			var body = listingIn(pagedCity, "Flat " + i, "Room " + i, "SALE", "APARTMENT", 200000 + (i % 3) * 1000, 2,
					1.0, 70, List.of(), LAT + (i % 2) * 0.3 * LAT_PER_KM, LON + (i % 3) * 0.0001);
			if (i >= 3) {
				body.put("addressVisibility", "HIDDEN"); // four listings on one public
															// grid point
			}
			expected.add(listings.publish(owner, body));
		}
		for (var sort : List.of("newest", "price_asc", "price_desc", "distance")) {
			var seen = new ArrayList<UUID>();
			var totals = new ArrayList<Integer>();
			var distances = new ArrayList<Double>();
			String cursor = null;
			do {
				var page = json(listings.get(null, "/api/v1/listings?city=" + pagedCity + "&limit=2&sort=" + sort
						+ "&lat=" + LAT + "&lon=" + LON + (cursor == null ? "" : "&cursor=" + cursor)));
				totals.add(page.get("total").asInt());
				page.get("items").valueStream().forEach(item -> {
					seen.add(UUID.fromString(item.get("id").asString()));
					distances.add(item.get("distanceKm").asDouble());
				});
				cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
				if (totals.size() == 1 && sort.equals("newest")) {
					// A listing published meanwhile lands before the cursor and must not
					// shift later pages.
					expected.add(listings.publish(owner, listingIn(pagedCity, "Latecomer", "Just in.", "SALE", "CONDO",
							300000, 2, 1.0, 70, List.of(), LAT, LON)));
				}
			}
			while (cursor != null);
			var latecomer = expected.getLast();
			assertThat(seen).as(sort)
				.doesNotHaveDuplicates()
				.hasSize(sort.equals("newest") ? 7 : 8)
				.containsAll(expected.subList(0, 7));
			assertThat(totals.getFirst()).as(sort).isEqualTo(sort.equals("newest") ? 7 : 8);
			if (!sort.equals("newest")) {
				assertThat(seen).as(sort).contains(latecomer);
			}
			if (sort.equals("distance")) {
				assertThat(distances).isSorted();
			}
		}
	}

	@Test
	void invalidParametersAreNamed() {
		var invalid = Map.of("bbox=1,2,3", "bbox", "bbox=10,50,5,60", "bbox", "radiusKm=5", "radiusKm", "limit=101",
				"limit", "sort=cheapest", "sort", "sort=distance", "sort", "cursor=not-a-cursor", "cursor",
				"lat=95&lon=0", "lat", "minPrice=-1", "minPrice", "type=CASTLE", "type");
		invalid.forEach((query, parameter) -> {
			var problem = listings.get(null, "/api/v1/listings?" + query);
			assertThat(problem.getStatusCode().value()).as(query).isEqualTo(400);
			assertThat(json(problem).get("type").asString()).endsWith("/validation-failed");
			assertThat(fieldsIn(problem)).as(query).containsExactly(parameter);
		});
		var newestCursor = json(listings.get(null, "/api/v1/listings?limit=1&city=" + city)).get("nextCursor")
			.asString();
		assertThat(fieldsIn(listings.get(null, "/api/v1/listings?sort=price_asc&cursor=" + newestCursor)))
			.as("a cursor of another sort")
			.containsExactly("cursor");
	}

	/**
	 * In a city of its own: the listings it adds would change what the other tests find.
	 */
	@Test
	void numbersNoColumnCanHoldAreRefusedAndNamedInsteadOfReachingTheDatabase() {
		var invalid = new java.util.LinkedHashMap<String, String>();
		invalid.put("minPrice=1e200000", "minPrice");
		invalid.put("maxPrice=1000000000000", "maxPrice");
		invalid.put("minPrice=0.001", "minPrice");
		invalid.put("minPrice=NaN", "minPrice");
		invalid.put("minArea=1e-200000", "minArea");
		invalid.put("maxArea=100000000", "maxArea");
		invalid.put("minBathrooms=1e5000", "minBathrooms");
		invalid.put("minBathrooms=100", "minBathrooms");
		invalid.put("lat=NaN&lon=0", "lat");
		invalid.put("lat=5f&lon=0", "lat");
		invalid.put("lat=0&lon=Infinity", "lon");
		invalid.put("lat=0&lon=0&radiusKm=Infinity", "radiusKm");
		invalid.put("lat=0&lon=0&radiusKm=1e-400", "radiusKm");
		invalid.put("bbox=0,0,NaN,1", "bbox");
		invalid.put("bbox=0,0,1e400,1", "bbox");
		var id = UUID.randomUUID();
		invalid.put("sort=price_asc&cursor=" + cursor("price_asc|1e200000|" + id), "cursor");
		invalid.put("sort=price_desc&cursor=" + cursor("price_desc|1e-20000|" + id), "cursor");
		invalid.put("sort=newest&cursor=" + cursor("newest|-9223372036854775808|" + id), "cursor");
		invalid.put("sort=newest&cursor=" + cursor("newest|9223372036854775807|" + id), "cursor");
		invalid.put("sort=distance&lat=0&lon=0&cursor=" + cursor("distance|-1|" + id), "cursor");
		invalid.forEach((query, parameter) -> {
			var problem = listings.get(null, "/api/v1/listings?city=" + city + "&" + query);
			assertThat(problem.getStatusCode().value()).as(query).isEqualTo(400);
			assertThat(fieldsIn(problem)).as(query).containsExactly(parameter);
		});

		assertThat(find("minPrice=2E5&maxPrice=999999999999.99&minArea=1e2&maxArea=99999999.99"))
			.containsExactlyInAnyOrder(familyHouse, seaViewVilla, farFlat);
		assertThat(
				find("minPrice=200000&minArea=100&sort=price_asc&cursor=" + cursor("price_asc|200000.00|" + farFlat)))
			.containsExactly(familyHouse, seaViewVilla);
	}

	private static String cursor(String plain) {
		return java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void similarListingsAreNearbyOfTheSameKindAndNeverTheListingItself() {
		// Far from the other tests' listings: similar listings are found by place, not by
		// city.
		var similarCity = "Similarburg " + UUID.randomUUID().toString().substring(0, 8);
		var original = listings.publish(owner, listingIn(similarCity, "Sunny flat", "Balcony.", "SALE", "APARTMENT",
				200000, 2, 1.0, 80, List.of(), FAR_LAT + 0.5 * LAT_PER_KM, FAR_LON));
		var closest = listings.publish(owner, listingIn(similarCity, "Another sunny flat", "Balcony too.", "SALE",
				"APARTMENT", 210000, 2, 1.0, 82, List.of(), FAR_LAT + 0.2 * LAT_PER_KM, FAR_LON));
		var further = listings.publish(owner, listingIn(similarCity, "Quiet flat", "Park.", "SALE", "APARTMENT", 200000,
				3, 2.0, 100, List.of(), FAR_LAT, FAR_LON + 20 * LON_PER_KM));
		var house = listings.publish(owner, listingIn(similarCity, "House", "Garden.", "SALE", "HOUSE", 210000, 2, 1.0,
				82, List.of(), FAR_LAT + 0.2 * LAT_PER_KM, FAR_LON));
		var rental = listings.publish(owner, listingIn(similarCity, "Rental", "Furnished.", "RENT", "APARTMENT", 1200,
				2, 1.0, 80, List.of(), FAR_LAT + 0.2 * LAT_PER_KM, FAR_LON));
		var similar = json(listings.get(null, "/api/v1/listings/" + original + "/similar")).get("items")
			.valueStream()
			.map(item -> UUID.fromString(item.get("id").asString()))
			.toList();

		assertThat(similar).startsWith(closest, further).doesNotContain(original, house, rental, pendingFlat, draft);
	}

	/** Values go in unencoded: the HTTP client encodes the query string. */
	private List<UUID> find(String query) {
		return listings.searchIds("city=" + city + (query.isEmpty() ? "" : "&" + query));
	}

	private Map<String, Object> listing(String title, String description, String purpose, String type, int price,
			int bedrooms, double bathrooms, double area, List<String> features, double lat, double lon) {
		return listingIn(city, title, description, purpose, type, price, bedrooms, bathrooms, area, features, lat, lon);
	}

	private static Map<String, Object> listingIn(String city, String title, String description, String purpose,
			String type, int price, int bedrooms, double bathrooms, double area, List<String> features, double lat,
			double lon) {
		var body = ListingsApi.listing(city, lat, lon);
		body.put("title", title);
		body.put("description", description);
		body.put("purpose", purpose);
		body.put("propertyType", type);
		body.put("price", Map.of("amount", price, "currency", "EUR"));
		body.put("bedrooms", bedrooms);
		body.put("bathrooms", bathrooms);
		body.put("livingArea", area);
		body.put("features", features);
		return body;
	}

}

package com.luxestate.e2e;

import static com.luxestate.e2e.ListingsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.luxestate.identity.Role;

/**
 * A listing in search stays as complete as publishing required: an edit or an image
 * deletion that would leave it incomplete is refused like an incomplete publication
 * (409), and changes nothing. Drafts may be incomplete.
 */
class PublishedListingCompletenessTests extends ListingsEndToEnd {

	@Test
	void anEditThatWouldLeaveAPublishedListingIncompleteIsAConflictAndChangesNothing() {
		var owner = accounts.register(Role.OWNER);
		var city = "Completa " + UUID.randomUUID().toString().substring(0, 8);
		var id = listings.publish(owner, ListingsApi.listing(city, 39.74, -8.81));
		var before = listings.get(owner, "/api/v1/listings/" + id);

		var withoutLocation = listings.patch(owner, id, before.getHeaders().getETag(), nulls("location"));

		assertThat(withoutLocation.getStatusCode().value()).as(withoutLocation.getBody()).isEqualTo(409);
		var incompletePublication = listings.changeStatus(owner,
				listings.createDraft(owner, ListingsApi.listing(city, 39.74, -8.81)), "ACTIVE", null);
		assertThat(json(withoutLocation).get("type")).as("the problem of an incomplete publication")
			.isEqualTo(json(incompletePublication).get("type"));
		assertThat(json(withoutLocation).get("detail").asString()).contains("location");
		var after = listings.get(owner, "/api/v1/listings/" + id);
		assertThat(after.getHeaders().getETag()).isEqualTo(before.getHeaders().getETag());
		assertThat(json(after).get("location")).isEqualTo(json(before).get("location"));
		assertThat(listings.searchIds("lat=39.74&lon=-8.81&radiusKm=1&city=" + city.replace(' ', '+')))
			.containsExactly(id);
	}

	@Test
	void removingWhatPublishingNeedsFromAPendingListingIsAConflictToo() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.publish(owner, ListingsApi.listing("Leiria", 39.74, -8.81));
		listings.changeStatus(owner, id, "PENDING", null);

		var refused = listings.patch(owner, id, null, nulls("description", "bedrooms"));

		assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(409);
		assertThat(json(refused).get("detail").asString()).contains("description").contains("bedrooms");
		assertThat(json(listings.get(owner, "/api/v1/listings/" + id)).get("bedrooms").asInt()).isEqualTo(2);
	}

	@Test
	void aDraftMayBeLeftIncompleteAndACompleteEditOfAPublishedListingIsFine() {
		var owner = accounts.register(Role.OWNER);
		var draft = listings.createDraft(owner, ListingsApi.listing("Leiria", 39.74, -8.81));
		var published = listings.publish(owner, ListingsApi.listing("Leiria", 39.74, -8.81));

		assertThat(listings.patch(owner, draft, null, nulls("location", "description")).getStatusCode().value())
			.isEqualTo(200);
		assertThat(listings.patch(owner, published, null, Map.of("location", Map.of("lat", 39.75, "lon", -8.8)))
			.getStatusCode()
			.value()).isEqualTo(200);
		assertThat(listings.patch(owner, published, null, nulls("yearBuilt")).getStatusCode().value())
			.as("not needed to publish")
			.isEqualTo(200);
	}

	@Test
	void thePublishedListingsLastImageStays() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.publish(owner, ListingsApi.listing("Leiria", 39.74, -8.81));
		var first = json(listings.get(owner, "/api/v1/listings/" + id)).get("images").get(0).get("id").asString();

		var refused = listings.delete(owner, "/api/v1/listings/" + id + "/images/" + first);

		assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(409);
		assertThat(json(listings.get(owner, "/api/v1/listings/" + id)).get("images").size()).isEqualTo(1);
		assertThat(listings.upload(owner, id, ListingsApi.png(80, 60), "second.png").getStatusCode().value())
			.isEqualTo(201);
		assertThat(listings.delete(owner, "/api/v1/listings/" + id + "/images/" + first).getStatusCode().value())
			.as("replaced by another")
			.isEqualTo(204);
	}

	private static Map<String, Object> nulls(String... fields) {
		return nulls(new HashMap<>(), fields);
	}

	private static Map<String, Object> nulls(Map<String, Object> body, String... fields) {
		for (var field : fields) {
			body.put(field, null);
		}
		return body;
	}

}

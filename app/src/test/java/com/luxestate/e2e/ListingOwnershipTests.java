package com.luxestate.e2e;

import static com.luxestate.e2e.ListingsApi.fieldsIn;
import static com.luxestate.e2e.ListingsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.luxestate.identity.Role;

/**
 * Only a listing's owner (or an admin) changes it; nobody sets what is not theirs to set.
 */
class ListingOwnershipTests extends ListingsEndToEnd {

	@Test
	void anotherUserCannotChangeDeleteAddImagesOrSeeDrafts() {
		var owner = accounts.register(Role.OWNER);
		var intruder = accounts.register(Role.AGENT);
		var draft = listings.createDraft(owner, ListingsApi.listing("Coimbra", 40.2033, -8.4103));
		var active = listings.publish(owner, ListingsApi.listing("Coimbra", 40.2033, -8.4103));

		assertThat(listings.get(intruder, "/api/v1/listings/" + draft).getStatusCode().value()).isEqualTo(404);
		assertThat(listings.get(null, "/api/v1/listings/" + draft).getStatusCode().value()).isEqualTo(404);
		assertThat(listings.get(null, "/api/v1/listings/" + draft + "/price-history").getStatusCode().value())
			.isEqualTo(404);
		assertThat(listings.patch(intruder, draft, null, Map.of("title", "Mine now")).getStatusCode().value())
			.isEqualTo(404);

		assertThat(listings.patch(intruder, active, null, Map.of("title", "Mine now")).getStatusCode().value())
			.isEqualTo(403);
		assertThat(listings.changeStatus(intruder, active, "OFF_MARKET", null).getStatusCode().value()).isEqualTo(403);
		assertThat(listings.delete(intruder, "/api/v1/listings/" + active).getStatusCode().value()).isEqualTo(403);
		assertThat(listings.upload(intruder, active, ListingsApi.png(40, 40), "x.png").getStatusCode().value())
			.isEqualTo(403);
		var imageId = json(listings.get(null, "/api/v1/listings/" + active)).get("images").get(0).get("id").asString();
		assertThat(
				listings.delete(intruder, "/api/v1/listings/" + active + "/images/" + imageId).getStatusCode().value())
			.isEqualTo(403);

		var untouched = json(listings.get(null, "/api/v1/listings/" + active));
		assertThat(untouched.get("title").asString()).startsWith("Bright flat");
		assertThat(untouched.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(untouched.get("images").size()).isEqualTo(1);
	}

	@Test
	void anAdminMayChangeAnyListing() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.publish(owner, ListingsApi.listing("Aveiro", 40.6405, -8.6538));

		var edited = listings.patch(accounts.admin(), id, null, Map.of("title", "Edited by the team"));

		assertThat(edited.getStatusCode().value()).isEqualTo(200);
		assertThat(json(edited).get("ownerId").asString()).isEqualTo(owner.id().toString());
	}

	@Test
	void readOnlyFieldsCannotBeSetThroughABody() {
		var owner = accounts.register(Role.OWNER);
		for (var field : Map
			.<String, Object>of("ownerId", UUID.randomUUID().toString(), "status", "ACTIVE", "id",
					UUID.randomUUID().toString())
			.entrySet()) {
			var body = ListingsApi.listing("Evora", 38.5714, -7.9135);
			body.put(field.getKey(), field.getValue());
			var refused = listings.create(owner, body);
			assertThat(refused.getStatusCode().value()).as(field.getKey()).isEqualTo(400);
			assertThat(fieldsIn(refused)).containsExactly(field.getKey());
		}
		var id = listings.createDraft(owner, ListingsApi.listing("Evora", 38.5714, -7.9135));
		for (var field : new String[] { "ownerId", "status", "id", "verifiedAgent" }) {
			var refused = listings.patch(owner, id, null, Map.of(field, "x"));
			assertThat(refused.getStatusCode().value()).as(field).isEqualTo(400);
			assertThat(fieldsIn(refused)).containsExactly(field);
		}
		var listing = json(listings.get(owner, "/api/v1/listings/" + id));
		assertThat(listing.get("ownerId").asString()).isEqualTo(owner.id().toString());
		assertThat(listing.get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void onlyOwnersAndAgentsCreateAndOnlyWithAToken() {
		var body = ListingsApi.listing("Sintra", 38.8029, -9.3817);

		assertThat(listings.create(accounts.register(Role.BUYER), body).getStatusCode().value()).isEqualTo(403);
		var anonymous = http.post()
			.uri("/api/v1/listings")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(String.class);
		assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void invalidFieldsAreNamed() {
		var owner = accounts.register(Role.OWNER);
		var body = ListingsApi.listing("Tavira", 37.1273, -7.6506);
		body.put("price", Map.of("amount", 100.123, "currency", "EUR"));
		body.put("location", Map.of("lat", 91, "lon", -7.65));
		body.put("yearBuilt", java.time.Year.now().getValue() + 2);
		body.put("title", " ");

		var refused = listings.create(owner, body);

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(fieldsIn(refused)).contains("price.amount", "location.lat", "title");
		var future = ListingsApi.listing("Tavira", 37.1273, -7.6506);
		future.put("yearBuilt", java.time.Year.now().getValue() + 2);
		future.put("features", java.util.List.of("balcony", "wine cellar", "x"));
		assertThat(fieldsIn(listings.create(owner, future))).containsExactlyInAnyOrder("yearBuilt", "features");
	}

	@Test
	void valuesTheDatabaseCannotHoldAreNamed() {
		var owner = accounts.register(Role.OWNER);
		var body = ListingsApi.listing("Viseu", 40.6566, -7.9125);
		body.put("bathrooms", 100);

		var refused = listings.create(owner, body);

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(fieldsIn(refused)).containsExactly("bathrooms");
		body.put("bathrooms", 99.5);
		assertThat(listings.create(owner, body).getStatusCode().value()).isEqualTo(201);
		var id = listings.createDraft(owner, ListingsApi.listing("Viseu", 40.6566, -7.9125));
		assertThat(fieldsIn(listings.patch(owner, id, null, Map.of("bathrooms", 99.9)))).containsExactly("bathrooms");
	}

	@Test
	void patchFieldsOfTheWrongTypeAreNamed() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.createDraft(owner, ListingsApi.listing("Viseu", 40.6566, -7.9125));
		var patches = new java.util.LinkedHashMap<Map<String, Object>, String>();
		patches.put(Map.of("purpose", "LEASE"), "purpose");
		patches.put(Map.of("price", 5), "price");
		patches.put(Map.of("price", Map.of("amount", "cheap")), "price.amount");
		patches.put(Map.of("bedrooms", "two"), "bedrooms");
		patches.put(Map.of("location", Map.of("lat", "north")), "location.lat");
		patches.put(Map.of("features", java.util.List.of("balcony", Map.of())), "features[1]");

		patches.forEach((patch, field) -> {
			var refused = listings.patch(owner, id, null, patch);
			assertThat(refused.getStatusCode().value()).as(patch.toString()).isEqualTo(400);
			assertThat(fieldsIn(refused)).as(patch.toString()).containsExactly(field);
		});
		assertThat(json(listings.get(owner, "/api/v1/listings/" + id)).get("purpose").asString()).isEqualTo("SALE");
	}

	@Test
	void aTitleOfOnlyMarkupIsBlank() {
		var owner = accounts.register(Role.OWNER);
		var body = ListingsApi.listing("Viseu", 40.6566, -7.9125);
		body.put("title", "<b></b>");

		var refused = listings.create(owner, body);

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(fieldsIn(refused)).containsExactly("title");
		var id = listings.createDraft(owner, ListingsApi.listing("Viseu", 40.6566, -7.9125));
		assertThat(fieldsIn(listings.patch(owner, id, null, Map.of("title", "<i> </i><!-- -->"))))
			.containsExactly("title");
		assertThat(json(listings.get(owner, "/api/v1/listings/" + id)).get("title").asString())
			.startsWith("Bright flat");
	}

	@Test
	void markupInDescriptionsIsStoredInert() {
		var owner = accounts.register(Role.OWNER);
		var body = ListingsApi.listing("Lagos", 37.1028, -8.6731);
		body.put("description", "Sea view <script>alert('x')</script><b>bold</b> & 3 < 4 rooms");

		var created = json(listings.create(owner, body));

		assertThat(created.get("description").asString()).isEqualTo("Sea view alert('x')bold & 3 < 4 rooms");
	}

}

package com.luxestate.e2e;

import static com.luxestate.e2e.ListingsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import com.luxestate.identity.Role;

/** A listing's whole life through the API, as an owner and a visitor see it. */
class ListingLifecycleTests extends ListingsEndToEnd {

	@Test
	void fromDraftToSoldThroughSearchPriceChangesAndHistory() {
		var owner = accounts.register(Role.OWNER);
		var marker = "lifecycle" + UUID.randomUUID().toString().substring(0, 8);
		var body = ListingsApi.listing("Lisbon", 38.7106, -9.1365);
		body.put("title", "River flat " + marker);
		var id = listings.createDraft(owner, body);

		assertThat(listings.changeStatus(owner, id, "ACTIVE", null).getStatusCode().value())
			.as("publishing needs an image")
			.isEqualTo(409);
		var first = json(listings.upload(owner, id, ListingsApi.png(800, 600), "first.png"));
		var second = json(listings.upload(owner, id, ListingsApi.png(600, 800), "second.png"));
		assertThat(first.get("primary").asBoolean()).isTrue();
		assertThat(second.get("position").asInt()).isEqualTo(1);

		var reordered = listings.put(owner, "/api/v1/listings/" + id + "/images/order",
				Map.of("imageIds", List.of(second.get("id").asString(), first.get("id").asString())));
		assertThat(reordered.getStatusCode().value()).isEqualTo(200);
		assertThat(json(reordered).get("images").get(0).get("id").asString()).isEqualTo(second.get("id").asString());
		assertThat(listings
			.put(owner, "/api/v1/listings/" + id + "/images/order",
					Map.of("imageIds", List.of(second.get("id").asString())))
			.getStatusCode()
			.value()).as("every image exactly once").isEqualTo(400);
		assertThat(listings
			.post(owner, "/api/v1/listings/" + id + "/images/" + second.get("id").asString() + "/primary", Map.of())
			.getStatusCode()
			.value()).isEqualTo(200);

		assertThat(listings.searchIds("q=" + marker)).as("drafts are not searchable").isEmpty();
		var published = listings.changeStatus(owner, id, "ACTIVE", null);
		assertThat(published.getStatusCode().value()).isEqualTo(200);
		assertThat(json(published).get("publishedAt").isNull()).isFalse();
		assertThat(listings.searchIds("q=" + marker)).containsExactly(id);
		var found = json(listings.get(null, "/api/v1/listings?q=" + marker)).get("items").get(0);
		assertThat(found.get("primaryImage").get("thumbnail").asString())
			.as("a result shows the image chosen as primary")
			.contains(second.get("id").asString());

		var detail = listings.get(null, "/api/v1/listings/" + id);
		assertThat(detail.getStatusCode().value()).isEqualTo(200);
		var etag = detail.getHeaders().getETag();
		assertThat(etag).isNotBlank();
		var shown = json(detail);
		assertThat(shown.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(shown.get("price").get("amount").decimalValue()).isEqualByComparingTo("250000.00");
		assertThat(shown.get("images").get(0).get("primary").asBoolean()).isTrue();
		var image = listings.download(shown.get("images").get(0).get("urls").get("medium").asString());
		assertThat(image.getStatusCode().value()).isEqualTo(200);
		assertThat(image.getHeaders().getContentType()).hasToString("image/jpeg");
		assertThat(image.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(image.getHeaders().getCacheControl()).contains("immutable").contains("max-age=31536000");

		var cheaper = listings.patch(owner, id, etag, Map.of("price", Map.of("amount", 235000, "currency", "EUR")));
		assertThat(cheaper.getStatusCode().value()).isEqualTo(200);
		assertThat(cheaper.getHeaders().getETag()).isNotEqualTo(etag);
		assertThat(listings.patch(owner, id, etag, Map.of("title", "Stale edit")).getStatusCode().value())
			.as("an edit based on an old version")
			.isEqualTo(412);

		var history = json(listings.get(null, "/api/v1/listings/" + id + "/price-history"));
		assertThat(history.valueStream().map(point -> point.get("price").get("amount").decimalValue().intValue()))
			.containsExactly(250000, 235000);

		assertThat(listings.changeStatus(owner, id, "SOLD", null).getStatusCode().value())
			.as("ACTIVE → SOLD skips PENDING")
			.isEqualTo(409);
		assertThat(listings.changeStatus(owner, id, "PENDING", null).getStatusCode().value()).isEqualTo(200);
		assertThat(listings.searchIds("q=" + marker)).as("pending is left out by default").isEmpty();
		assertThat(listings.searchIds("includePending=true&q=" + marker)).containsExactly(id);
		assertThat(listings.changeStatus(owner, id, "SOLD", null).getStatusCode().value()).isEqualTo(200);
		assertThat(listings.searchIds("includePending=true&q=" + marker)).isEmpty();
		assertThat(json(listings.get(null, "/api/v1/listings/" + id)).get("status").asString()).isEqualTo("SOLD");
		assertThat(listings.changeStatus(owner, id, "ACTIVE", null).getStatusCode().value()).isEqualTo(409);
	}

	@Test
	void deletingRemovesTheListingAndItsFilesAtOnce() {
		var owner = accounts.register(Role.AGENT);
		var id = listings.publish(owner, ListingsApi.listing("Porto", 41.1496, -8.611));
		var imagePath = json(listings.get(null, "/api/v1/listings/" + id)).get("images")
			.get(0)
			.get("urls")
			.get("large")
			.asString();
		assertThat(listings.download(imagePath).getStatusCode().value()).isEqualTo(200);

		assertThat(listings.delete(owner, "/api/v1/listings/" + id).getStatusCode().value()).isEqualTo(204);

		assertThat(listings.get(null, "/api/v1/listings/" + id).getStatusCode().value()).isEqualTo(404);
		assertThat(listings.get(owner, "/api/v1/listings/" + id).getStatusCode().value())
			.as("the owner still sees it, removed")
			.isEqualTo(200);
		assertThat(listings.download(imagePath).getStatusCode().value()).isEqualTo(404);
		assertThat(listings.changeStatus(owner, id, "ACTIVE", null).getStatusCode().value()).isEqualTo(409);
	}

	@Test
	void deletingAnImageDeletesItsFiles() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.createDraft(owner, ListingsApi.listing("Faro", 37.0194, -7.9322));
		var image = json(listings.upload(owner, id, ListingsApi.png(300, 200), "a.png"));
		var path = image.get("urls").get("thumbnail").asString();
		assertThat(listings.download(path).getStatusCode().value()).isEqualTo(200);

		assertThat(listings.delete(owner, "/api/v1/listings/" + id + "/images/" + image.get("id").asString())
			.getStatusCode()
			.value()).isEqualTo(204);

		assertThat(listings.download(path).getStatusCode().value()).isEqualTo(404);
		assertThat(json(listings.get(owner, "/api/v1/listings/" + id)).get("images").isEmpty()).isTrue();
	}

	@Test
	void mediaPathsOutsideTheStoreAreNotFound() {
		for (var path : List.of("/media/listings/../../etc/passwd", "/media/listings/%2e%2e/%2e%2e/etc/passwd",
				"/media/listings/x/y/large.jpg",
				"/media/listings/" + UUID.randomUUID() + "/" + UUID.randomUUID() + "/large.jpg")) {
			var response = listings.download(path);
			assertThat(response.getStatusCode().value()).as(path).isIn(400, 404);
			assertThat(response.getHeaders().getContentType()).as(path)
				.isNotEqualTo(org.springframework.http.MediaType.IMAGE_JPEG);
		}
	}

	@Test
	void theCallerSeesTheirListingsInEveryStatus() {
		var owner = accounts.register(Role.OWNER);
		var draft = listings.createDraft(owner, ListingsApi.listing("Braga", 41.5454, -8.4265));
		var active = listings.publish(owner, ListingsApi.listing("Braga", 41.5454, -8.4265));
		listings.createDraft(accounts.register(Role.OWNER), ListingsApi.listing("Braga", 41.5454, -8.4265));

		var mine = json(listings.get(owner, "/api/v1/listings/mine"));
		assertThat(mine.get("items").valueStream().map(item -> item.get("id").asString()))
			.containsExactly(active.toString(), draft.toString());
		var drafts = json(listings.get(owner, "/api/v1/listings/mine?status=DRAFT"));
		assertThat(drafts.get("items").valueStream().map(item -> item.get("id").asString()))
			.containsExactly(draft.toString());
		assertThat(mine.get("total").asInt()).isEqualTo(2);
		assertThat(drafts.get("total").asInt()).as("the caller's listings in the status asked for").isEqualTo(1);
		var firstPage = json(listings.get(owner, "/api/v1/listings/mine?limit=1"));
		assertThat(firstPage.get("items").valueStream().map(item -> item.get("id").asString()))
			.containsExactly(active.toString());
		assertThat(firstPage.get("total").asInt()).as("every page counts them all").isEqualTo(2);
		var secondPage = json(
				listings.get(owner, "/api/v1/listings/mine?limit=1&cursor=" + firstPage.get("nextCursor").asString()));
		assertThat(secondPage.get("items").valueStream().map(item -> item.get("id").asString()))
			.containsExactly(draft.toString());
		assertThat(secondPage.get("total").asInt()).isEqualTo(2);
		assertThat(secondPage.get("nextCursor").isNull()).isTrue();
		assertThat(listings.get(null, "/api/v1/listings/mine").getStatusCode().value()).isEqualTo(401);
		assertThat(listings.get(owner, "/api/v1/listings/mine").getHeaders().getFirst(HttpHeaders.CACHE_CONTROL))
			.contains("no-store");
	}

}

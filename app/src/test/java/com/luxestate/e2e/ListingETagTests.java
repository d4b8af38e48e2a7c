package com.luxestate.e2e;

import static com.luxestate.e2e.ListingsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import com.luxestate.e2e.TestAccounts.Account;
import com.luxestate.identity.Role;

/**
 * Every read and write of a listing, its images included, answers with the listing's
 * ETag, and every write honours {@code If-Match} as RFC 9110 says: any tag of a list may
 * match, by strong comparison only, and {@code *} matches any listing that exists.
 */
class ListingETagTests extends ListingsEndToEnd {

	@Test
	void imageChangesAreMadeToTheVersionReadAndAnswerWithTheNewOne() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.createDraft(owner, ListingsApi.listing("Leiria", 39.7436, -8.8071));
		var read = etag(owner, id);

		var first = listings.upload(owner, id, ListingsApi.png(64, 48), "a.png", read);
		assertThat(first.getStatusCode().value()).isEqualTo(201);
		var afterFirst = first.getHeaders().getETag();
		assertThat(afterFirst).isNotEqualTo(read).isEqualTo(etag(owner, id));
		assertThat(listings.upload(owner, id, ListingsApi.png(64, 48), "b.png", read).getStatusCode().value())
			.as("an upload to a version that is gone")
			.isEqualTo(412);
		var second = listings.upload(owner, id, ListingsApi.png(48, 64), "b.png", afterFirst);
		assertThat(second.getStatusCode().value()).isEqualTo(201);
		var afterSecond = second.getHeaders().getETag();
		assertThat(images(owner, id)).hasSize(2);

		var firstId = json(first).get("id").asString();
		var secondId = json(second).get("id").asString();
		var order = Map.of("imageIds", List.of(secondId, firstId));
		var path = "/api/v1/listings/" + id + "/images";
		assertThat(listings.send(HttpMethod.PUT, owner, path + "/order", order, afterFirst).getStatusCode().value())
			.isEqualTo(412);
		assertThat(images(owner, id)).containsExactly(firstId, secondId);
		var reordered = listings.send(HttpMethod.PUT, owner, path + "/order", order, afterSecond);
		assertThat(reordered.getStatusCode().value()).isEqualTo(200);
		var afterReorder = reordered.getHeaders().getETag();
		assertThat(afterReorder).isNotEqualTo(afterSecond).isEqualTo(etag(owner, id));
		assertThat(images(owner, id)).containsExactly(secondId, firstId);

		var primary = path + "/" + firstId + "/primary";
		assertThat(listings.send(HttpMethod.POST, owner, primary, null, afterSecond).getStatusCode().value())
			.isEqualTo(412);
		var madePrimary = listings.send(HttpMethod.POST, owner, primary, null, afterReorder);
		assertThat(madePrimary.getStatusCode().value()).isEqualTo(200);
		var afterPrimary = madePrimary.getHeaders().getETag();
		assertThat(afterPrimary).isNotEqualTo(afterReorder).isEqualTo(etag(owner, id));

		assertThat(listings.send(HttpMethod.DELETE, owner, path + "/" + secondId, null, afterReorder)
			.getStatusCode()
			.value()).isEqualTo(412);
		assertThat(images(owner, id)).hasSize(2);
		var deleted = listings.send(HttpMethod.DELETE, owner, path + "/" + secondId, null, afterPrimary);
		assertThat(deleted.getStatusCode().value()).isEqualTo(204);
		assertThat(deleted.getHeaders().getETag()).isNotEqualTo(afterPrimary).isEqualTo(etag(owner, id));
		assertThat(images(owner, id)).containsExactly(firstId);
	}

	@Test
	void ifMatchComparesStronglyAndAcceptsAListOrAStar() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.createDraft(owner, ListingsApi.listing("Leiria", 39.7436, -8.8071));
		var current = etag(owner, id);

		assertThat(listings.patch(owner, id, "W/" + current, Map.of("title", "Weak")).getStatusCode().value())
			.as("a weak tag never matches")
			.isEqualTo(412);
		assertThat(listings.patch(owner, id, current.replace("\"", ""), Map.of("title", "Unquoted"))
			.getStatusCode()
			.value()).as("not an entity tag").isEqualTo(412);
		assertThat(listings.patch(owner, id, "\"998\", \"999\"", Map.of("title", "Neither")).getStatusCode().value())
			.isEqualTo(412);
		assertThat(json(listings.get(owner, "/api/v1/listings/" + id)).get("title").asString()).startsWith("Bright");

		var listed = listings.patch(owner, id, "\"999\", " + current, Map.of("title", "One of a list"));
		assertThat(listed.getStatusCode().value()).isEqualTo(200);
		var star = listings.patch(owner, id, "*", Map.of("title", "Any version"));
		assertThat(star.getStatusCode().value()).isEqualTo(200);
		assertThat(star.getHeaders().getETag()).isNotEqualTo(listed.getHeaders().getETag());
		assertThat(
				listings.changeStatus(owner, id, "ACTIVE", "W/" + star.getHeaders().getETag()).getStatusCode().value())
			.isEqualTo(412);
		assertThat(listings
			.send(HttpMethod.DELETE, owner, "/api/v1/listings/" + id, null, "\"998\", W/" + star.getHeaders().getETag())
			.getStatusCode()
			.value()).as("only the weak tag names the current version").isEqualTo(412);
		assertThat(listings.send(HttpMethod.DELETE, owner, "/api/v1/listings/" + id, null, "*").getStatusCode().value())
			.isEqualTo(204);
		assertThat(listings.send(HttpMethod.DELETE, owner, "/api/v1/listings/" + UUID.randomUUID(), null, "*")
			.getStatusCode()
			.value()).as("* matches only a listing that exists").isEqualTo(404);
	}

	@Test
	void theUploadsLocationIsTheNewImage() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.createDraft(owner, ListingsApi.listing("Leiria", 39.7436, -8.8071));

		var uploaded = listings.upload(owner, id, ListingsApi.png(64, 48), "a.png");

		var location = uploaded.getHeaders().getLocation();
		assertThat(location).hasToString(json(uploaded).get("urls").get("large").asString());
		var image = listings.download(location.toString());
		assertThat(image.getStatusCode().value()).isEqualTo(200);
		assertThat(image.getHeaders().getContentType()).hasToString("image/jpeg");
	}

	private String etag(Account owner, UUID id) {
		var etag = listings.get(owner, "/api/v1/listings/" + id).getHeaders().getETag();
		assertThat(etag).matches("\"\\d+\"");
		return etag;
	}

	private List<String> images(Account owner, UUID id) {
		return json(listings.get(owner, "/api/v1/listings/" + id)).get("images")
			.valueStream()
			.map(image -> image.get("id").asString())
			.toList();
	}

}

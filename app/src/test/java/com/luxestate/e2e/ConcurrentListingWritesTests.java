package com.luxestate.e2e;

import static com.luxestate.e2e.ListingsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import com.luxestate.identity.Role;

/**
 * A browser uploads the photos a user dropped all at once, and nobody sends
 * {@code If-Match} with them: every one is kept. Edits without {@code If-Match} at the
 * same time all succeed too (the last one wins).
 */
class ConcurrentListingWritesTests extends ListingsEndToEnd {

	@Test
	void photosUploadedAllAtOnceAreAllKept() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.createDraft(owner, ListingsApi.listing("Coimbra", 40.2033, -8.4103));

		var uploads = atOnce(8, i -> listings.upload(owner, id, ListingsApi.png(320 + i, 240), "photo" + i + ".png"));

		assertThat(uploads)
			.allSatisfy(upload -> assertThat(upload.getStatusCode().value()).as(upload.getBody()).isEqualTo(201));
		var images = json(listings.get(owner, "/api/v1/listings/" + id)).get("images");
		assertThat(images.size()).isEqualTo(8);
		assertThat(images.valueStream().map(image -> image.get("width").asInt())).containsExactlyInAnyOrder(320, 321,
				322, 323, 324, 325, 326, 327);
	}

	@Test
	void editsWithoutIfMatchAtTheSameTimeAllSucceed() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.publish(owner, ListingsApi.listing("Coimbra", 40.2033, -8.4103));

		var edits = atOnce(6, i -> listings.patch(owner, id, null,
				Map.of("price", Map.of("amount", 200000 + i * 1000, "currency", "EUR"))));

		assertThat(edits)
			.allSatisfy(edit -> assertThat(edit.getStatusCode().value()).as(edit.getBody()).isEqualTo(200));
		var history = json(listings.get(null, "/api/v1/listings/" + id + "/price-history"));
		assertThat(history.size()).as("the first price and every change").isEqualTo(7);
	}

	private static List<ResponseEntity<String>> atOnce(int count, IntFunction<ResponseEntity<String>> request) {
		try (var threads = Executors.newFixedThreadPool(count)) {
			var start = new CompletableFuture<Void>();
			var calls = new ArrayList<CompletableFuture<ResponseEntity<String>>>();
			for (int i = 0; i < count; i++) {
				var index = i;
				calls.add(start.thenApplyAsync(ignored -> request.apply(index), threads));
			}
			start.complete(null);
			return calls.stream().map(CompletableFuture::join).toList();
		}
	}

}

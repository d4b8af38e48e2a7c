package com.luxestate.e2e;

import static com.luxestate.e2e.ListingsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import com.luxestate.e2e.TestAccounts.Account;
import com.luxestate.identity.Role;
import com.luxestate.listings.ListingModeration;

/**
 * The image files of a listing withheld from the public (taken down by a moderator, or of
 * a suspended owner) are not served to the public any more, although their keys were
 * public while the listing was; its owner and admins still get them, uncached. Drafts'
 * files are served: their keys were never public.
 */
class WithheldListingMediaTests extends ListingsEndToEnd {

	@Autowired
	ListingModeration moderation;

	@Test
	void aTakenDownListingsImagesAreServedOnlyToItsOwnerAndAdminsUntilItIsRestored() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.publish(owner, ListingsApi.listing("Aveiro", 40.6405, -8.6538));
		var image = largeImageOf(owner, id);
		var served = download(null, image);
		assertThat(served.getStatusCode().value()).isEqualTo(200);
		assertThat(served.getHeaders().getCacheControl()).contains("public").contains("immutable");

		moderation.takeDown(id, "photos of someone else's house", UUID.randomUUID());

		assertThat(download(null, image).getStatusCode().value()).isEqualTo(404);
		assertThat(download(accounts.register(Role.BUYER), image).getStatusCode().value()).isEqualTo(404);
		for (var privileged : new Account[] { owner, accounts.admin() }) {
			var privately = download(privileged, image);
			assertThat(privately.getStatusCode().value()).isEqualTo(200);
			assertThat(privately.getHeaders().getCacheControl()).contains("no-store").doesNotContain("public");
		}

		moderation.restore(id, UUID.randomUUID());

		assertThat(download(null, image).getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void aSuspendedOwnersImagesAreNotServedToThePublic() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.publish(owner, ListingsApi.listing("Aveiro", 40.6405, -8.6538));
		var image = largeImageOf(owner, id);
		var admin = accounts.admin();

		var suspended = listings.post(admin, "/api/v1/admin/users/" + owner.id() + "/suspend",
				Map.of("reason", "fraud"));
		assertThat(suspended.getStatusCode().is2xxSuccessful()).as(suspended.getBody()).isTrue();

		// At once, when the suspension's answer is in: no waiting, no second try.
		assertThat(download(null, image).getStatusCode().value()).isEqualTo(404);
		assertThat(listings.get(null, "/api/v1/listings/" + id).getStatusCode().value()).isEqualTo(404);
		assertThat(download(admin, image).getStatusCode().value()).isEqualTo(200);

		listings.post(admin, "/api/v1/admin/users/" + owner.id() + "/reinstate", Map.of("reason", "appeal accepted"));

		assertThat(download(null, image).getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void aDraftsImagesAreServedForItsOwnersPreview() {
		var owner = accounts.register(Role.OWNER);
		var draft = listings.createDraft(owner, ListingsApi.listing("Aveiro", 40.6405, -8.6538));
		var uploaded = json(listings.upload(owner, draft, ListingsApi.png(120, 80), "draft.png"));

		assertThat(download(null, uploaded.get("urls").get("thumbnail").asString()).getStatusCode().value())
			.as("an <img> tag sends no token")
			.isEqualTo(200);
	}

	private String largeImageOf(Account owner, UUID id) {
		return json(listings.get(owner, "/api/v1/listings/" + id)).get("images")
			.get(0)
			.get("urls")
			.get("large")
			.asString();
	}

	private ResponseEntity<byte[]> download(Account caller, String path) {
		var request = http.get().uri(path);
		if (caller != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
		}
		return request.retrieve().toEntity(byte[].class);
	}

}

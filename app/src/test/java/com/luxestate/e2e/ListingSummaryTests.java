package com.luxestate.e2e;

import static com.luxestate.e2e.ListingsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.luxestate.identity.Role;
import com.luxestate.listings.ListingCatalog;

/**
 * What other modules show of a listing ({@link ListingCatalog}) links to what the API
 * serves of it.
 */
class ListingSummaryTests extends ListingsEndToEnd {

	@Autowired
	ListingCatalog catalog;

	@Test
	void theSummarysPictureIsTheThumbnailTheApiServesOfThePrimaryImage() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.publish(owner, ListingsApi.listing("Coimbra", 40.2033, -8.4103));
		var terrace = json(listings.upload(owner, id, ListingsApi.png(600, 400), "terrace.png")).get("id").asString();
		listings.post(owner, "/api/v1/listings/" + id + "/images/" + terrace + "/primary", Map.of());
		var primary = json(listings.get(null, "/api/v1/listings/" + id)).get("images")
			.valueStream()
			.filter(image -> image.get("primary").asBoolean())
			.findFirst()
			.orElseThrow();

		var summary = catalog.findSummaries(List.of(id)).get(id);

		assertThat(primary.get("id").asString()).isEqualTo(terrace);
		assertThat(summary.primaryImagePath()).isEqualTo(primary.get("urls").get("thumbnail").asString());
		var thumbnail = listings.download(summary.primaryImagePath());
		assertThat(thumbnail.getStatusCode().value()).isEqualTo(200);
		assertThat(thumbnail.getHeaders().getContentType()).hasToString("image/jpeg");
	}

}

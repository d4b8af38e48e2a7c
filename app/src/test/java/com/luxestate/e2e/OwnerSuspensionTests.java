package com.luxestate.e2e;

import static com.luxestate.e2e.ListingsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.luxestate.identity.Role;

/**
 * Listings follow their owner's account: out of sight while it is suspended, back as they
 * were afterwards, each already when the admin's call returns (no waiting: the next
 * request sees it).
 */
class OwnerSuspensionTests extends ListingsEndToEnd {

	@Test
	void aSuspendedOwnersListingsVanishFromSearchAndReturnOnReinstatement() {
		var owner = accounts.register(Role.OWNER);
		var city = "Suspendia " + UUID.randomUUID().toString().substring(0, 8);
		var active = listings.publish(owner, ListingsApi.listing(city, 39.5, -8.2));
		var pending = listings.publish(owner, ListingsApi.listing(city, 39.5, -8.2));
		listings.changeStatus(owner, pending, "PENDING", null);
		var search = "includePending=true&city=" + city.replace(' ', '+');
		assertThat(listings.searchIds(search)).containsExactlyInAnyOrder(active, pending);
		var admin = accounts.admin();

		var suspended = listings.post(admin, "/api/v1/admin/users/" + owner.id() + "/suspend",
				Map.of("reason", "fraudulent listings"));
		assertThat(suspended.getStatusCode().is2xxSuccessful()).as(suspended.getBody()).isTrue();

		assertThat(listings.get(null, "/api/v1/listings/" + active).getStatusCode().value()).isEqualTo(404);
		assertThat(listings.get(null, "/api/v1/listings/" + pending).getStatusCode().value()).isEqualTo(404);
		assertThat(listings.searchIds(search)).isEmpty();

		var reinstated = listings.post(admin, "/api/v1/admin/users/" + owner.id() + "/reinstate",
				Map.of("reason", "appeal accepted"));
		assertThat(reinstated.getStatusCode().is2xxSuccessful()).as(reinstated.getBody()).isTrue();

		assertThat(listings.searchIds(search)).containsExactlyInAnyOrder(active, pending);
		assertThat(json(listings.get(null, "/api/v1/listings/" + active)).get("status").asString()).isEqualTo("ACTIVE");
		assertThat(json(listings.get(null, "/api/v1/listings/" + pending)).get("status").asString())
			.isEqualTo("PENDING");
	}

}

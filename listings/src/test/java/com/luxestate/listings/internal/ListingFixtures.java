package com.luxestate.listings.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.Money;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.listings.testing.TestImages;
import com.luxestate.platform.Caller;

/** Listings made through the module's own services, as an owner makes them. */
record ListingFixtures(ListingManagement management, ListingMedia media) {

	static ListingDetails details(AddressVisibility visibility) {
		return new ListingDetails("Bright flat by the river", "Sunny rooms and a quiet street.", Purpose.SALE,
				PropertyType.APARTMENT, Money.of("450000", "EUR"),
				new Address("Rua da Prata 12", "Lisbon", "Lisboa", "1100-148", "PT"), visibility,
				new GeoPoint(38.7106, -9.1365), 2, new BigDecimal("1.5"), new BigDecimal("85"), null, 1910,
				List.of("balcony", "elevator"));
	}

	UUID draft(UUID owner) {
		return management.create(Caller.user(owner), details(AddressVisibility.FULL)).id();
	}

	UUID published(UUID owner, AddressVisibility visibility) {
		var caller = Caller.user(owner);
		var id = management.create(caller, details(visibility)).id();
		media.upload(caller, id, null, TestImages.png(64, 48), "Front");
		management.changeStatus(caller, id, null, ListingStatus.ACTIVE);
		return id;
	}

	UUID published(UUID owner) {
		return published(owner, AddressVisibility.FULL);
	}
}

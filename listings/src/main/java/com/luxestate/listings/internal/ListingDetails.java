package com.luxestate.listings.internal;

import java.math.BigDecimal;
import java.util.List;

import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.Money;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;

/**
 * Everything about a listing its owner writes: the writable subset of the API's listing,
 * already validated for format by the web layer and checked against the domain's rules by
 * {@link ListingRules}.
 */
public record ListingDetails(String title, String description, Purpose purpose, PropertyType propertyType, Money price,
		Address address, AddressVisibility addressVisibility, GeoPoint location, Integer bedrooms, BigDecimal bathrooms,
		BigDecimal livingArea, BigDecimal lotArea, Integer yearBuilt, List<String> features) {

	public ListingDetails {
		addressVisibility = addressVisibility == null ? AddressVisibility.FULL : addressVisibility;
		features = features == null ? List.of() : List.copyOf(features);
		title = PlainText.of(title);
		description = PlainText.of(description);
	}

	/**
	 * What publishing needs beyond a draft, by field; empty when the listing is complete.
	 */
	List<String> missingForPublication() {
		var missing = new java.util.ArrayList<String>();
		if (description == null || description.isBlank()) {
			missing.add("description");
		}
		if (location == null) {
			missing.add("location");
		}
		if (address == null || address.street() == null || address.street().isBlank()) {
			missing.add("address.street");
		}
		var land = propertyType == PropertyType.LAND;
		if (land && lotArea == null) {
			missing.add("lotArea");
		}
		if (!land && livingArea == null) {
			missing.add("livingArea");
		}
		if (!land && propertyType != PropertyType.COMMERCIAL) {
			if (bedrooms == null) {
				missing.add("bedrooms");
			}
			if (bathrooms == null) {
				missing.add("bathrooms");
			}
		}
		return missing;
	}
}

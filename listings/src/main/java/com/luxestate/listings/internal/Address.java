package com.luxestate.listings.internal;

import org.jspecify.annotations.Nullable;

import com.luxestate.listings.AddressVisibility;

/**
 * A listing's postal address.
 *
 * @param country ISO 3166-1 alpha-2 code
 */
public record Address(@Nullable String street, String city, @Nullable String region, @Nullable String postalCode,
		String country) {

	/** The address as the public may see it under the given visibility. */
	public Address seenBy(AddressVisibility visibility) {
		return switch (visibility) {
			case FULL -> this;
			case STREET -> new Address(streetWithoutNumber(street), city, region, postalCode, country);
			case HIDDEN -> new Address(null, city, region, null, country);
		};
	}

	/** Drops every word with a digit in it: house numbers, flat numbers, "12A", "3º". */
	public static String streetWithoutNumber(String street) {
		if (street == null) {
			return null;
		}
		var kept = street.replaceAll("[^\\s,]*\\d[^\\s,]*", " ")
			.replaceAll("\\s*,\\s*(,\\s*)*", ", ")
			.replaceAll("\\s+", " ")
			.replaceAll("^[\\s,]+|[\\s,]+$", "");
		return kept.isEmpty() ? null : kept;
	}
}

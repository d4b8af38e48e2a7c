package com.luxestate.listings.internal;

import static com.luxestate.listings.internal.jooq.Tables.LISTING;

import java.util.List;

import org.jooq.Field;
import org.jooq.Record;

import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.Money;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;

/**
 * Listings read as rows with jOOQ where loading aggregates would cost too much (a page of
 * them, or every listing a statement changed): one reading of the columns, so such a read
 * sees the details as {@link Listing#details} has them.
 */
final class ListingRows {

	/** The columns {@link #details} reads. */
	static final List<Field<?>> DETAILS = List.of(LISTING.TITLE, LISTING.DESCRIPTION, LISTING.PURPOSE,
			LISTING.PROPERTY_TYPE, LISTING.PRICE_AMOUNT, LISTING.PRICE_CURRENCY, LISTING.STREET, LISTING.CITY,
			LISTING.REGION, LISTING.POSTAL_CODE, LISTING.COUNTRY, LISTING.ADDRESS_VISIBILITY, LISTING.LATITUDE,
			LISTING.LONGITUDE, LISTING.BEDROOMS, LISTING.BATHROOMS, LISTING.LIVING_AREA, LISTING.LOT_AREA,
			LISTING.YEAR_BUILT, LISTING.FEATURES);

	private ListingRows() {
	}

	/**
	 * The owner's details: the full address and the exact location, as the owner wrote
	 * them.
	 */
	static ListingDetails details(Record row) {
		return new ListingDetails(row.get(LISTING.TITLE), row.get(LISTING.DESCRIPTION),
				Purpose.valueOf(row.get(LISTING.PURPOSE)), PropertyType.valueOf(row.get(LISTING.PROPERTY_TYPE)),
				new Money(row.get(LISTING.PRICE_AMOUNT), row.get(LISTING.PRICE_CURRENCY)),
				new Address(row.get(LISTING.STREET), row.get(LISTING.CITY), row.get(LISTING.REGION),
						row.get(LISTING.POSTAL_CODE), row.get(LISTING.COUNTRY)),
				AddressVisibility.valueOf(row.get(LISTING.ADDRESS_VISIBILITY)),
				row.get(LISTING.LATITUDE) == null ? null
						: new GeoPoint(row.get(LISTING.LATITUDE), row.get(LISTING.LONGITUDE)),
				integer(row.get(LISTING.BEDROOMS)), row.get(LISTING.BATHROOMS), row.get(LISTING.LIVING_AREA),
				row.get(LISTING.LOT_AREA), integer(row.get(LISTING.YEAR_BUILT)), List.of(row.get(LISTING.FEATURES)));
	}

	/** Smallint columns, which the aggregate holds as {@code Integer}. */
	private static Integer integer(Short value) {
		return value == null ? null : value.intValue();
	}

}

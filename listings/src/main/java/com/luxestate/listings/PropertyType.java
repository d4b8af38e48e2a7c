package com.luxestate.listings;

/** What kind of property a listing offers. */
public enum PropertyType {

	APARTMENT, HOUSE, CONDO, TOWNHOUSE, VILLA, PENTHOUSE, STUDIO, LAND, COMMERCIAL

}

package com.luxestate.listings;

/**
 * How much of its address a listing shows to anyone but its owner: everything, the street
 * without house number, or the city only (with coordinates coarsened to about 1 km).
 */
public enum AddressVisibility {

	FULL, STREET, HIDDEN

}

package com.luxestate.listings;

/** Whether a listing is for sale, or for rent (its price is then per month). */
public enum Purpose {

	SALE, RENT

}

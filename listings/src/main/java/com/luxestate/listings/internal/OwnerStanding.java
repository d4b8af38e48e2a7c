package com.luxestate.listings.internal;

/** What listings know about an owner's account from identity's events. */
record OwnerStanding(boolean suspended, boolean verifiedAgent) {

	static final OwnerStanding GOOD = new OwnerStanding(false, false);

}

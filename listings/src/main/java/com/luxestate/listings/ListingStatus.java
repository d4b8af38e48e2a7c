package com.luxestate.listings;

/**
 * Where a listing is in its life: {@code DRAFT → ACTIVE → PENDING → SOLD | RENTED},
 * {@code ACTIVE ↔ OFF_MARKET}, and {@code REMOVED} (deleted by its owner, or taken down
 * by a moderator).
 */
public enum ListingStatus {

	DRAFT, ACTIVE, PENDING, SOLD, RENTED, OFF_MARKET, REMOVED;

	/**
	 * Whether anyone may see a listing in this status (its owner's account permitting).
	 */
	public boolean isPublic() {
		return this != DRAFT && this != REMOVED;
	}

	/**
	 * Whether search finds a listing in this status (its owner's account permitting;
	 * pending ones when asked).
	 */
	public boolean isSearchable() {
		return this == ACTIVE || this == PENDING;
	}

}

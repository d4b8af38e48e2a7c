package com.luxestate.listings.internal;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One image of a listing: its derivatives are stored under {@code storageKey}; its place
 * in the list is its position in the listing.
 */
@Table(schema = "listings", name = "listing_image")
class ListingImage {

	private final UUID imageId;

	@Column("is_primary")
	private boolean primary;

	private String altText;

	private final int width;

	private final int height;

	private final String storageKey;

	ListingImage(UUID imageId, boolean primary, String altText, int width, int height, String storageKey) {
		this.imageId = imageId;
		this.primary = primary;
		this.altText = altText;
		this.width = width;
		this.height = height;
		this.storageKey = storageKey;
	}

	UUID imageId() {
		return imageId;
	}

	boolean primary() {
		return primary;
	}

	String altText() {
		return altText;
	}

	int width() {
		return width;
	}

	int height() {
		return height;
	}

	String storageKey() {
		return storageKey;
	}

	void markPrimary(boolean primary) {
		this.primary = primary;
	}

}

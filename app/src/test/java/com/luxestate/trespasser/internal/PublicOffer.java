package com.luxestate.trespasser.internal;

import java.util.UUID;

import org.springframework.data.annotation.Id;

/**
 * Breaks the aggregate rule: an aggregate (it has a Spring Data {@code @Id}) that is
 * public, so its module's web layer, or anyone, could change it without going through the
 * module's services. No {@code @Table}, so that no Spring Data mapping context picks it
 * up.
 */
public class PublicOffer {

	@Id
	private final UUID id;

	public PublicOffer(UUID id) {
		this.id = id;
	}

	public UUID id() {
		return id;
	}

}

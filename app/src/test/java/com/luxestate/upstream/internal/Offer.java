package com.luxestate.upstream.internal;

import java.util.UUID;

import org.springframework.data.annotation.Id;

/** An aggregate as the rules want it: package-private, in its module's internals. */
class Offer {

	@Id
	private final UUID id;

	Offer(UUID id) {
		this.id = id;
	}

	UUID id() {
		return id;
	}

}

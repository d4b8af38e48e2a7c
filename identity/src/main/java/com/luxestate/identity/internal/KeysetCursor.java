package com.luxestate.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import com.luxestate.platform.ProblemException;

/**
 * Where a page of a list ended: the sort time and id of its last row. Opaque to clients (base64url), and stable
 * while rows are added, unlike an offset.
 */
record KeysetCursor(Instant at, UUID id) {

	String encode() {
		return Base64.getUrlEncoder().withoutPadding()
				.encodeToString((at.toString() + "|" + id).getBytes(StandardCharsets.UTF_8));
	}

	static KeysetCursor decode(String cursor) {
		try {
			var parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
			return new KeysetCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
		}
		catch (RuntimeException ex) {
			throw ProblemException.invalid("cursor", "is not a cursor this list gave out");
		}
	}
}

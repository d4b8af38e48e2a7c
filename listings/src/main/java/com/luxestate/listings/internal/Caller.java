package com.luxestate.listings.internal;

import java.util.UUID;

/**
 * Who is asking: a signed-in user (and whether they administer listings) or nobody. Built by the web layer from the
 * access token; services decide ownership from it, never from ids in a request body.
 */
public record Caller(UUID userId, boolean admin) {

	public static final Caller ANONYMOUS = new Caller(null, false);

	public boolean isAnonymous() {
		return userId == null;
	}

	public boolean is(UUID user) {
		return userId != null && userId.equals(user);
	}
}

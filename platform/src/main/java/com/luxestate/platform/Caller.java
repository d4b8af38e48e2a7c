package com.luxestate.platform;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who is calling: the subject of their verified access token and the permissions it
 * grants (authority strings such as {@code listings:write}), or nobody
 * ({@link #ANONYMOUS}, for public reads). Controllers take it as an argument; services
 * decide ownership from it, never from ids in a request body.
 */
public record Caller(@Nullable UUID userId, Set<String> permissions) {

	public static final Caller ANONYMOUS = new Caller(null, Set.of());

	public Caller {
		permissions = Set.copyOf(permissions);
	}

	/** A signed-in user with these permissions. */
	public static Caller user(UUID userId, String... permissions) {
		return new Caller(userId, Set.of(permissions));
	}

	public boolean isAnonymous() {
		return userId == null;
	}

	/** Whether the caller is this user. */
	public boolean is(@Nullable UUID user) {
		return userId != null && userId.equals(user);
	}

	/** Whether the caller's token grants this permission. */
	public boolean has(String permission) {
		return permissions.contains(permission);
	}
}

package com.luxestate.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What a user is on the marketplace. Everyone but an admin picks their role at
 * registration; only admins change roles afterwards. Other modules authorize with
 * {@link Permission}s, never with role names.
 */
public enum Role {

	BUYER(Permission.LISTINGS_READ, Permission.ENGAGEMENT_WRITE),
	RENTER(Permission.LISTINGS_READ, Permission.ENGAGEMENT_WRITE),
	OWNER(Permission.LISTINGS_READ, Permission.LISTINGS_WRITE, Permission.ENGAGEMENT_WRITE, Permission.BILLING_PURCHASE,
			Permission.AGENT_PROFILE_WRITE),
	AGENT(Permission.LISTINGS_READ, Permission.LISTINGS_WRITE, Permission.ENGAGEMENT_WRITE, Permission.BILLING_PURCHASE,
			Permission.AGENT_PROFILE_WRITE),
	ADMIN(Permission.values());

	private final Set<Permission> permissions;

	private final List<String> authorities;

	Role(Permission... permissions) {
		this.permissions = Set.of(permissions);
		this.authorities = Arrays.stream(permissions).map(Permission::authority).sorted().toList();
	}

	public Set<Permission> permissions() {
		return permissions;
	}

	/**
	 * The permissions as sorted authority strings, as access tokens and {@code /auth/me}
	 * carry them.
	 */
	public List<String> authorities() {
		return authorities;
	}

	/** Roles a person may choose for themselves when registering. */
	public boolean isSelfAssignable() {
		return this != ADMIN;
	}

}

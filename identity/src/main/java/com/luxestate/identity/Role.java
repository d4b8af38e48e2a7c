package com.luxestate.identity;

import java.util.Set;

/**
 * What a user is on the marketplace. Everyone but an admin picks their role at registration; only admins change
 * roles afterwards. Other modules authorize with {@link Permission}s, never with role names.
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

	Role(Permission... permissions) {
		this.permissions = Set.of(permissions);
	}

	public Set<Permission> permissions() {
		return permissions;
	}

	/** Roles a person may choose for themselves when registering. */
	public boolean isSelfAssignable() {
		return this != ADMIN;
	}
}

package com.luxestate.identity;

/**
 * The permission authorities carried in access tokens (claim {@code permissions}) and
 * checked by every module, for example
 * {@code @PreAuthorize("hasAuthority('listings:write')")}. Which role has which
 * permission is decided in one place, {@link Role}, and listed in
 * {@code docs/permissions.md}.
 */
public enum Permission {

	LISTINGS_READ("listings:read"), LISTINGS_WRITE("listings:write"), LISTINGS_MODERATE("listings:moderate"),
	ENGAGEMENT_WRITE("engagement:write"), AGENT_PROFILE_WRITE("agents:profile"), AGENTS_VERIFY("agents:verify"),
	BILLING_PURCHASE("billing:purchase"), BILLING_MANAGE("billing:manage"), USERS_MANAGE("users:manage"),
	MODERATION_MANAGE("moderation:manage"), ANALYTICS_VIEW("analytics:view");

	private final String authority;

	Permission(String authority) {
		this.authority = authority;
	}

	/**
	 * The authority string as it appears in tokens and in {@code hasAuthority(...)}
	 * checks.
	 */
	public String authority() {
		return authority;
	}

}

package com.luxestate.identity;

import java.util.UUID;

/**
 * What other modules may know about a user: public data only (no email, no phone, no
 * credentials).
 *
 * @param id the user's id, the {@code sub} of their access tokens
 * @param displayName first name and initial of the last name, as shown publicly
 * @param role the user's role
 * @param status whether the account is active, suspended or deleted
 * @param verifiedAgent whether the user is an agent whose profile an admin verified
 */
public record UserSummary(UUID id, String displayName, Role role, AccountStatus status, boolean verifiedAgent) {
}

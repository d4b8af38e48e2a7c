package com.luxestate.identity;

import java.util.UUID;

/**
 * An imported account as identity sees it now: one that existed already may have been
 * changed since.
 *
 * @param id the user's id
 * @param email the address it was imported by, normalized (lower case)
 * @param role the account's role, unless an admin changed it
 * @param status whether the account is active or suspended
 * @param verifiedAgent whether the account is an agent an admin verified, by the rule of
 * {@link UserSummary#verifiedAgent()}
 */
public record ImportedAccount(UUID id, String email, Role role, AccountStatus status, boolean verifiedAgent) {
}

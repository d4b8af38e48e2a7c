package com.luxestate.identity.demo;

import java.util.UUID;

import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.Role;

/**
 * A demo account as identity sees it now (an existing one may have been changed since it was created).
 *
 * @param id the user's id
 * @param email the address to log in with, for example {@code agent-000001@demo.luxestate.dev}
 * @param role {@link Role#OWNER} or {@link Role#AGENT}, unless an admin changed it
 * @param status whether the account is active or suspended
 * @param verifiedAgent whether the account is an agent an admin verified, by the rule of
 * {@link com.luxestate.identity.UserSummary#verifiedAgent()}
 */
public record DemoAccount(UUID id, String email, Role role, AccountStatus status, boolean verifiedAgent) {
}

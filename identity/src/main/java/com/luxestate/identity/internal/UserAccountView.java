package com.luxestate.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.Role;

/**
 * An account as the module's services hand it out: what its owner and admins may see. The
 * {@link UserAccount} aggregate itself, with its password hash and session generation,
 * stays in this package.
 *
 * @param displayName the name strangers see: first name and the initial of the last
 * @param version the aggregate's version, the ETag of the profile
 */
public record UserAccountView(UUID id, String email, String firstName, String lastName, @Nullable String phone,
		Role role, AccountStatus status, boolean emailVerified, @Nullable String suspensionReason, Instant createdAt,
		String displayName, int version) {

	static UserAccountView of(UserAccount account) {
		return new UserAccountView(account.id(), account.email(), account.firstName(), account.lastName(),
				account.phone(), account.role(), account.status(), account.emailVerified(), account.suspensionReason(),
				account.createdAt(), account.displayName(), account.version());
	}
}

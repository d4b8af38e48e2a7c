package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.jooq.Tables.USER_ACCOUNT;

import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.jooq.DSLContext;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.luxestate.identity.AccountStatus;

/**
 * Refuses access tokens of accounts that were suspended or deleted, and tokens of an
 * earlier session generation (the user logged out everywhere or changed their password
 * since). What an instance knows of an account is cached briefly
 * ({@code luxestate.identity.access-check-cache-ttl}), so validating a token costs no
 * database query per request, and an account loses access within that time on every
 * instance (at once on the instance that made the change).
 */
@Component
class AccountAccessCheck implements OAuth2TokenValidator<Jwt> {

	private static final OAuth2Error REVOKED = new OAuth2Error("invalid_token", "The token is no longer valid", null);

	static final String SESSION_GENERATION = "session_generation";

	record AccessState(AccountStatus status, int sessionGeneration) {
	}

	private final LoadingCache<UUID, Optional<AccessState>> accounts;

	AccountAccessCheck(DSLContext jooq, IdentitySettings settings) {
		this.accounts = Caffeine.newBuilder()
			.expireAfterWrite(settings.accessCheckCacheTtl())
			.maximumSize(200_000)
			.build(userId -> jooq.select(USER_ACCOUNT.STATUS, USER_ACCOUNT.SESSION_GENERATION)
				.from(USER_ACCOUNT)
				.where(USER_ACCOUNT.ID.eq(userId))
				.fetchOptional(row -> new AccessState(AccountStatus.valueOf(row.value1()), row.value2())));
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		UUID userId;
		try {
			userId = UUID.fromString(token.getSubject());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return OAuth2TokenValidatorResult.failure(REVOKED);
		}
		var state = accounts.get(userId);
		var generation = token.getClaim(SESSION_GENERATION);
		if (state.isEmpty() || state.get().status() != AccountStatus.ACTIVE || !(generation instanceof Number number)
				|| number.intValue() != state.get().sessionGeneration()) {
			return OAuth2TokenValidatorResult.failure(REVOKED);
		}
		return OAuth2TokenValidatorResult.success();
	}

	/**
	 * Called on a change to the account, so this instance does not wait for the cache to
	 * expire. Inside a transaction the entry is dropped again after commit: a request
	 * checked before the commit would otherwise cache the state the change is about to
	 * replace.
	 */
	void forget(UUID userId) {
		accounts.invalidate(userId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					accounts.invalidate(userId);
				}
			});
		}
	}

}

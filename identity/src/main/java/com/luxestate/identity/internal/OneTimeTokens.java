package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.jooq.Tables.ONE_TIME_TOKEN;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Component;

/**
 * Single-use, expiring tokens mailed to users to verify their email or reset their
 * password.
 */
@Component
class OneTimeTokens {

	enum Purpose {

		EMAIL_VERIFICATION, PASSWORD_RESET

	}

	private final DSLContext jooq;

	OneTimeTokens(DSLContext jooq) {
		this.jooq = jooq;
	}

	/**
	 * A new token; earlier unused tokens of the same purpose stop working, so only the
	 * latest mail counts.
	 */
	String issue(UUID userId, Purpose purpose, Duration validity, Instant now) {
		jooq.update(ONE_TIME_TOKEN)
			.set(ONE_TIME_TOKEN.USED_AT, now)
			.where(ONE_TIME_TOKEN.USER_ID.eq(userId), ONE_TIME_TOKEN.PURPOSE.eq(purpose.name()),
					ONE_TIME_TOKEN.USED_AT.isNull())
			.execute();
		var token = SecretTokens.generate();
		jooq.insertInto(ONE_TIME_TOKEN)
			.set(ONE_TIME_TOKEN.TOKEN_HASH, SecretTokens.hash(token))
			.set(ONE_TIME_TOKEN.USER_ID, userId)
			.set(ONE_TIME_TOKEN.PURPOSE, purpose.name())
			.set(ONE_TIME_TOKEN.ISSUED_AT, now)
			.set(ONE_TIME_TOKEN.EXPIRES_AT, now.plus(validity))
			.execute();
		return token;
	}

	/**
	 * Uses the token up, atomically: of two concurrent requests with the same token only
	 * one gets the user.
	 */
	Optional<UUID> consume(String token, Purpose purpose, Instant now) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return Optional.empty();
		}
		return jooq.update(ONE_TIME_TOKEN)
			.set(ONE_TIME_TOKEN.USED_AT, now)
			.where(ONE_TIME_TOKEN.TOKEN_HASH.eq(SecretTokens.hash(token)), ONE_TIME_TOKEN.PURPOSE.eq(purpose.name()),
					ONE_TIME_TOKEN.USED_AT.isNull(), ONE_TIME_TOKEN.EXPIRES_AT.gt(now))
			.returning(ONE_TIME_TOKEN.USER_ID)
			.fetchOptional(ONE_TIME_TOKEN.USER_ID);
	}

}

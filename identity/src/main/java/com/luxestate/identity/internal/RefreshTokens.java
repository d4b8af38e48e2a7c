package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.jooq.Tables.REFRESH_TOKEN;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Component;

/**
 * Refresh tokens: opaque, stored hashed, rotated on every use. A login starts a family;
 * presenting a token that was already rotated means it was stolen or replayed, so the
 * whole family is revoked.
 */
@Component
class RefreshTokens {

	sealed interface Rotation {

	}

	/**
	 * The next token of the family, which started in the given session generation of the
	 * account.
	 */
	record Rotated(UUID userId, int sessionGeneration, String refreshToken) implements Rotation {
	}

	/** The token was already used: its family is now revoked. */
	record Reused(UUID userId) implements Rotation {
	}

	/** Unknown, expired or revoked. */
	record Rejected() implements Rotation {
	}

	private final DSLContext jooq;

	RefreshTokens(DSLContext jooq) {
		this.jooq = jooq;
	}

	String startFamily(UUID userId, int sessionGeneration, Duration validity, Instant now) {
		return issue(userId, UUID.randomUUID(), sessionGeneration, validity, now);
	}

	/**
	 * Must run in a transaction: the presented token's row stays locked until the new one
	 * is stored.
	 */
	Rotation rotate(String token, Duration validity, Instant now) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return new Rejected();
		}
		var presented = jooq.selectFrom(REFRESH_TOKEN)
			.where(REFRESH_TOKEN.TOKEN_HASH.eq(SecretTokens.hash(token)))
			.forUpdate()
			.fetchOne();
		if (presented == null || presented.getRevokedAt() != null || !presented.getExpiresAt().isAfter(now)) {
			return new Rejected();
		}
		if (presented.getRotatedAt() != null) {
			revokeFamily(presented.getFamilyId(), now);
			return new Reused(presented.getUserId());
		}
		presented.setRotatedAt(now);
		presented.store();
		return new Rotated(presented.getUserId(), presented.getSessionGeneration(),
				issue(presented.getUserId(), presented.getFamilyId(), presented.getSessionGeneration(), validity, now));
	}

	/** Ends the session the token belongs to; an unknown token changes nothing. */
	void revokeFamilyOf(String token, Instant now) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return;
		}
		jooq.select(REFRESH_TOKEN.FAMILY_ID)
			.from(REFRESH_TOKEN)
			.where(REFRESH_TOKEN.TOKEN_HASH.eq(SecretTokens.hash(token)))
			.fetchOptional(REFRESH_TOKEN.FAMILY_ID)
			.ifPresent(family -> revokeFamily(family, now));
	}

	void revokeAllOf(UUID userId, Instant now) {
		jooq.update(REFRESH_TOKEN)
			.set(REFRESH_TOKEN.REVOKED_AT, now)
			.where(REFRESH_TOKEN.USER_ID.eq(userId), REFRESH_TOKEN.REVOKED_AT.isNull())
			.execute();
	}

	private void revokeFamily(UUID familyId, Instant now) {
		jooq.update(REFRESH_TOKEN)
			.set(REFRESH_TOKEN.REVOKED_AT, now)
			.where(REFRESH_TOKEN.FAMILY_ID.eq(familyId), REFRESH_TOKEN.REVOKED_AT.isNull())
			.execute();
	}

	private String issue(UUID userId, UUID familyId, int sessionGeneration, Duration validity, Instant now) {
		var token = SecretTokens.generate();
		jooq.insertInto(REFRESH_TOKEN)
			.set(REFRESH_TOKEN.TOKEN_HASH, SecretTokens.hash(token))
			.set(REFRESH_TOKEN.FAMILY_ID, familyId)
			.set(REFRESH_TOKEN.USER_ID, userId)
			.set(REFRESH_TOKEN.SESSION_GENERATION, sessionGeneration)
			.set(REFRESH_TOKEN.ISSUED_AT, now)
			.set(REFRESH_TOKEN.EXPIRES_AT, now.plus(validity))
			.execute();
		return token;
	}

}

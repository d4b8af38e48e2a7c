package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.jooq.Tables.SIGNING_KEY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA keys access tokens are signed with, and the key set published at
 * {@code /.well-known/jwks.json}.
 * <p>
 * A key comes from configuration (a PEM file from the secret store) or is generated once
 * and kept in the database, so a restart does not log anyone out and every instance signs
 * with the same key. Rotation adds a new key and retires the old one, which stays
 * published until every token it signed has expired.
 */
@Component
class SigningKeys implements JWKSource<SecurityContext> {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(5);

	private static final Duration RELOAD_AFTER = Duration.ofMinutes(1);

	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final DSLContext jooq;

	private final TransactionTemplate transactions;

	private final IdentitySettings settings;

	private final Clock clock;

	private final RSAKey configuredKey;

	private volatile List<RSAKey> keys = List.of();

	private volatile Instant loadedAt = Instant.EPOCH;

	SigningKeys(DSLContext jooq, TransactionTemplate transactions, IdentitySettings settings, Clock clock) {
		this.jooq = jooq;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
		this.configuredKey = settings.jwt().privateKeyLocation() == null ? null
				: readConfiguredKey(settings.jwt().privateKeyLocation());
	}

	/** The key new tokens are signed with: the newest one. */
	RSAKey signingKey() {
		var current = keys();
		if (current.isEmpty()) {
			ensureAKeyExists();
			current = reload();
		}
		return current.getFirst();
	}

	/** The public halves, for {@code /.well-known/jwks.json}. */
	JWKSet publicKeySet() {
		// A fresh deployment publishes its key before the first token is issued, not
		// after.
		signingKey();
		return new JWKSet(keys().stream().map(key -> (JWK) key.toPublicJWK()).toList());
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		var selected = selector.select(new JWKSet(List.copyOf(keys())));
		if (selected.isEmpty() && loadedAt.isBefore(clock.instant().minus(RELOAD_AT_MOST_EVERY))) {
			// A token signed by a key another instance just created: look again, but not
			// on every forged token.
			selected = selector.select(new JWKSet(List.copyOf(reload())));
		}
		return selected;
	}

	/**
	 * Adds a new signing key and retires the current ones; all instances pick it up
	 * within a minute.
	 */
	void rotate() {
		if (configuredKey != null) {
			throw new IllegalStateException("The signing key comes from configuration; rotate it there");
		}
		transactions.executeWithoutResult(status -> {
			lockKeyTable();
			var now = clock.instant();
			jooq.update(SIGNING_KEY).set(SIGNING_KEY.RETIRED_AT, now).where(SIGNING_KEY.RETIRED_AT.isNull()).execute();
			insertNewKey(now);
		});
		reload();
		log.info("Rotated the access token signing key");
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	@SchedulerLock(name = "identity-signing-key-rotation")
	void rotateWhenDue() {
		if (configuredKey != null) {
			return;
		}
		var newest = jooq.select(org.jooq.impl.DSL.max(SIGNING_KEY.CREATED_AT)).from(SIGNING_KEY).fetchOne().value1();
		if (newest == null || newest.isBefore(clock.instant().minus(settings.jwt().keyRotationInterval()))) {
			rotate();
		}
	}

	/**
	 * Reloaded when a minute old, so keys rotated by another instance are used and
	 * published here too.
	 */
	private List<RSAKey> keys() {
		if (loadedAt.isBefore(clock.instant().minus(RELOAD_AFTER))) {
			return reload();
		}
		return keys;
	}

	private synchronized List<RSAKey> reload() {
		if (configuredKey != null) {
			keys = List.of(configuredKey);
		}
		else {
			var publishedSince = clock.instant().minus(settings.accessTokenTtl()).minus(CLOCK_SKEW);
			keys = jooq.selectFrom(SIGNING_KEY)
				.where(SIGNING_KEY.RETIRED_AT.isNull().or(SIGNING_KEY.RETIRED_AT.gt(publishedSince)))
				.orderBy(SIGNING_KEY.CREATED_AT.desc())
				.fetch(record -> toJwk(record.getKeyId(), record.getPublicKey(), record.getPrivateKey()));
		}
		loadedAt = clock.instant();
		return keys;
	}

	private void ensureAKeyExists() {
		if (configuredKey != null) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			lockKeyTable();
			if (!jooq.fetchExists(SIGNING_KEY, SIGNING_KEY.RETIRED_AT.isNull())) {
				insertNewKey(clock.instant());
				log.info(
						"Generated the access token signing key (kept in the database; see LUXESTATE_JWT_PRIVATE_KEY_LOCATION to bring your own)");
			}
		});
	}

	/**
	 * Several instances start at once: one of them creates the key, the others see it.
	 */
	private void lockKeyTable() {
		jooq.execute("SELECT pg_advisory_xact_lock(hashtext('identity.signing_key'))");
	}

	private void insertNewKey(Instant now) {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var pair = generator.generateKeyPair();
			var jwk = toJwk(null, pair.getPublic().getEncoded(), pair.getPrivate().getEncoded());
			jooq.insertInto(SIGNING_KEY)
				.set(SIGNING_KEY.KEY_ID, jwk.getKeyID())
				.set(SIGNING_KEY.PUBLIC_KEY, pair.getPublic().getEncoded())
				.set(SIGNING_KEY.PRIVATE_KEY, pair.getPrivate().getEncoded())
				.set(SIGNING_KEY.CREATED_AT, now)
				.execute();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not generate an RSA key", ex);
		}
	}

	private static RSAKey toJwk(String keyId, byte[] publicKey, byte[] privateKey) {
		try {
			var factory = KeyFactory.getInstance("RSA");
			var builder = new RSAKey.Builder((RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey)))
				.privateKey((RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256);
			return keyId != null ? builder.keyID(keyId).build() : builder.keyIDFromThumbprint().build();
		}
		catch (GeneralSecurityException | JOSEException ex) {
			throw new IllegalStateException("A stored signing key cannot be read", ex);
		}
	}

	private static RSAKey readConfiguredKey(org.springframework.core.io.Resource location) {
		try (var in = location.getInputStream()) {
			var pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
				.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
				.replaceAll("\\s", "");
			var factory = KeyFactory.getInstance("RSA");
			var privateKey = (RSAPrivateCrtKey) factory
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
			var publicKey = factory
				.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
			return toJwk(null, publicKey.getEncoded(), privateKey.getEncoded());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("LUXESTATE_JWT_PRIVATE_KEY_LOCATION cannot be read", ex);
		}
		catch (GeneralSecurityException | IllegalArgumentException | ClassCastException ex) {
			throw new IllegalStateException("LUXESTATE_JWT_PRIVATE_KEY_LOCATION is not a PEM (PKCS#8) RSA private key",
					ex);
		}
	}

}

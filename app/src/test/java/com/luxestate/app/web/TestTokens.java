package com.luxestate.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Hand-made access tokens for the attacks the resource server must refuse. Identity is
 * configured (through {@link #privateKeyLocation()}) to sign with the key these tokens
 * can also be signed with, so a token here differs from a real one only in what the test
 * changes.
 */
final class TestTokens {

	static final String ISSUER = "https://api.luxestate.dev";
	static final String AUDIENCE = "luxestate-api";

	private static final KeyPair SIGNING_KEYS = rsaKeyPair();

	private static final KeyPair FOREIGN_KEYS = rsaKeyPair();

	private static final Path PRIVATE_KEY_PEM = writePrivateKeyPem();

	private TestTokens() {
	}

	/** For {@code luxestate.identity.jwt.private-key-location}. */
	static String privateKeyLocation() {
		return PRIVATE_KEY_PEM.toUri().toString();
	}

	/**
	 * Like identity's own tokens for this user, with {@code customization} applied on
	 * top.
	 */
	static String forUser(UUID userId, Consumer<JWTClaimsSet.Builder> customization) {
		return signed(SIGNING_KEYS, userId, customization);
	}

	static String signedByAnotherKey(UUID userId) {
		return signed(FOREIGN_KEYS, userId, claims -> {
		});
	}

	static String unsigned(UUID userId) {
		return new PlainJWT(claimsFor(userId).build()).serialize();
	}

	/**
	 * The classic confusion attack: HS256 with the server's public key as the shared
	 * secret.
	 */
	static String hmacWithThePublicKey(UUID userId) {
		var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claimsFor(userId).build());
		try {
			jwt.sign(new MACSigner(SIGNING_KEYS.getPublic().getEncoded()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static String signed(KeyPair keys, UUID userId, Consumer<JWTClaimsSet.Builder> customization) {
		var claims = claimsFor(userId);
		customization.accept(claims);
		var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims.build());
		try {
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static JWTClaimsSet.Builder claimsFor(UUID userId) {
		var now = Instant.now();
		return new JWTClaimsSet.Builder().subject(userId.toString())
			.issuer(ISSUER)
			.audience(AUDIENCE)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(900)))
			.jwtID(UUID.randomUUID().toString())
			.claim("permissions", List.of("listings:read"))
			.claim("session_generation", 1);
	}

	private static KeyPair rsaKeyPair() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path writePrivateKeyPem() {
		try {
			var file = Files.createTempFile("luxestate-test-jwt", ".pem");
			file.toFile().deleteOnExit();
			var body = Base64.getMimeEncoder(64, "\n".getBytes())
				.encodeToString(SIGNING_KEYS.getPrivate().getEncoded());
			Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

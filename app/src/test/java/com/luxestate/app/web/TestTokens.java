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
 * Mints access tokens the way identity will: RS256 with the configured issuer and audience, plus every kind of
 * forgery the resource server must refuse.
 */
final class TestTokens {

	static final String ISSUER = "https://api.luxestate.dev";
	static final String AUDIENCE = "luxestate-api";

	private static final KeyPair SIGNING_KEYS = rsaKeyPair();
	private static final KeyPair FOREIGN_KEYS = rsaKeyPair();
	private static final Path PUBLIC_KEY_PEM = writePublicKeyPem();

	private TestTokens() {
	}

	static String publicKeyLocation() {
		return PUBLIC_KEY_PEM.toUri().toString();
	}

	static String valid(String... permissions) {
		return signed(SIGNING_KEYS, claims -> claims.claim("permissions", List.of(permissions)));
	}

	static String signed(KeyPair keys, Consumer<JWTClaimsSet.Builder> customization) {
		var claims = standardClaims();
		customization.accept(claims);
		var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims.build());
		try {
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	static String withClaims(Consumer<JWTClaimsSet.Builder> customization) {
		return signed(SIGNING_KEYS, customization);
	}

	static String signedByAnotherKey() {
		return signed(FOREIGN_KEYS, claims -> { });
	}

	static String unsigned() {
		return new PlainJWT(standardClaims().build()).serialize();
	}

	/** The classic confusion attack: HS256 with the server's public key as the shared secret. */
	static String hmacWithThePublicKey() {
		var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), standardClaims().build());
		try {
			jwt.sign(new MACSigner(SIGNING_KEYS.getPublic().getEncoded()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static JWTClaimsSet.Builder standardClaims() {
		var now = Instant.now();
		return new JWTClaimsSet.Builder()
				.subject(UUID.randomUUID().toString())
				.issuer(ISSUER)
				.audience(AUDIENCE)
				.issueTime(Date.from(now))
				.expirationTime(Date.from(now.plusSeconds(900)))
				.jwtID(UUID.randomUUID().toString());
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

	private static Path writePublicKeyPem() {
		try {
			var file = Files.createTempFile("luxestate-test-jwt", ".pem");
			file.toFile().deleteOnExit();
			var body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(SIGNING_KEYS.getPublic().getEncoded());
			Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

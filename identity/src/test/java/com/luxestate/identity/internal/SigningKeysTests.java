package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.TestAccounts.PASSWORD;
import static com.luxestate.identity.internal.TestAccounts.clientAddress;
import static com.luxestate.identity.internal.TestAccounts.registration;
import static com.luxestate.identity.internal.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Access tokens are signed with RSA keys that are generated once and kept in the database
 * (or come from a PEM file), so restarts and other instances sign and verify with the
 * same keys; rotating adds a key without invalidating the tokens the previous one signed,
 * and only public halves are published.
 */
@ApplicationModuleTest
class SigningKeysTests {

	private final SigningKeys signingKeys;

	private final AccessTokenKeys publishedKeys;

	private final JwtDecoder jwtDecoder;

	private final AccountService accounts;

	private final UserAccounts userAccounts;

	private final SessionService sessions;

	private final DSLContext jooq;

	private final TransactionTemplate transactions;

	private final IdentitySettings settings;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	SigningKeysTests(SigningKeys signingKeys, AccessTokenKeys publishedKeys, JwtDecoder jwtDecoder,
			AccountService accounts, UserAccounts userAccounts, SessionService sessions, DSLContext jooq,
			TransactionTemplate transactions, IdentitySettings settings, Clock clock, JdbcTemplate jdbc) {
		this.signingKeys = signingKeys;
		this.publishedKeys = publishedKeys;
		this.jwtDecoder = jwtDecoder;
		this.accounts = accounts;
		this.userAccounts = userAccounts;
		this.sessions = sessions;
		this.jooq = jooq;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Test
	void withoutAConfiguredKeyOneIsGeneratedOnceAndKeptInTheDatabase() throws Exception {
		var email = uniqueEmail("keyholder");
		var account = accounts.register(registration(email));
		var token = sessions.login(email, PASSWORD, clientAddress()).accessToken();
		var keyId = keyIdOf(token);

		assertThat(activeKeyIds()).containsExactly(keyId);
		var storedKeys = storedKeyCount();

		// What a restart, or a second instance, does: read the key instead of making one.
		var anotherInstance = new SigningKeys(jooq, transactions, settings, clock);

		assertThat(anotherInstance.signingKey().getKeyID()).isEqualTo(keyId);
		assertThat(storedKeyCount()).isEqualTo(storedKeys);
		var signedElsewhere = new AccessTokens(anotherInstance, settings, clock)
			.issueFor(userAccounts.findById(account.id()).orElseThrow())
			.value();
		assertThat(jwtDecoder.decode(signedElsewhere).getSubject()).isEqualTo(account.id().toString());
	}

	@Test
	void afterRotationEarlierTokensStillVerifyAndNewTokensCarryTheNewKey() throws Exception {
		var email = uniqueEmail("rotation");
		var account = accounts.register(registration(email));
		var before = sessions.login(email, PASSWORD, clientAddress()).accessToken();

		signingKeys.rotate();
		var after = sessions.login(email, PASSWORD, clientAddress()).accessToken();

		assertThat(keyIdOf(after)).isNotEqualTo(keyIdOf(before));
		assertThat(activeKeyIds()).containsExactly(keyIdOf(after));
		assertThat(jwtDecoder.decode(before).getSubject()).isEqualTo(account.id().toString());
		assertThat(jwtDecoder.decode(after).getSubject()).isEqualTo(account.id().toString());
		assertThat(publishedKeys()).extracting(key -> key.get("kid")).contains(keyIdOf(before), keyIdOf(after));
	}

	@Test
	void thePublishedKeySetHoldsOnlyPublicKeys() {
		var email = uniqueEmail("jwks");
		accounts.register(registration(email));
		sessions.login(email, PASSWORD, clientAddress());

		assertThat(publishedKeys()).isNotEmpty()
			.allSatisfy(key -> assertThat(key).containsEntry("kty", "RSA")
				.containsEntry("use", "sig")
				.containsEntry("alg", "RS256")
				.containsKeys("kid", "n", "e")
				.doesNotContainKeys("d", "p", "q", "dp", "dq", "qi"));
	}

	@Test
	void aConfiguredKeyIsUsedAsItIsAndNeitherStoredNorRotated(@TempDir Path folder) throws Exception {
		var generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var pair = generator.generateKeyPair();
		var pem = folder.resolve("signing-key.pem");
		Files.writeString(pem,
				"-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
					.encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n",
				StandardCharsets.US_ASCII);
		var jwt = settings.jwt();
		var configured = new IdentitySettings(
				new IdentitySettings.Jwt(jwt.issuer(), jwt.audience(), new FileSystemResource(pem),
						jwt.keyRotationInterval()),
				settings.accessTokenTtl(), settings.refreshTokenTtl(), settings.emailVerificationTtl(),
				settings.passwordResetTtl(), settings.accessCheckCacheTtl(), settings.frontendUrl(),
				settings.bootstrapAdmin(), settings.limits());
		var storedKeys = storedKeyCount();

		var keys = new SigningKeys(jooq, transactions, configured, clock);

		assertThat(keys.signingKey().toRSAPublicKey().getModulus())
			.isEqualTo(((RSAPublicKey) pair.getPublic()).getModulus());
		assertThat(keys.signingKey().getKeyID()).isNotBlank();
		assertThat(storedKeyCount()).isEqualTo(storedKeys);
		assertThatThrownBy(keys::rotate).isInstanceOf(IllegalStateException.class);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> publishedKeys() {
		return (List<Map<String, Object>>) publishedKeys.publicKeySet().get("keys");
	}

	private List<String> activeKeyIds() {
		return jdbc.queryForList("SELECT key_id FROM identity.signing_key WHERE retired_at IS NULL", String.class);
	}

	private int storedKeyCount() {
		return jdbc.queryForObject("SELECT count(*) FROM identity.signing_key", Integer.class);
	}

	private static String keyIdOf(String token) throws Exception {
		return SignedJWT.parse(token).getHeader().getKeyID();
	}

}

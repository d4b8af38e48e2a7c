package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.TestAccounts.PASSWORD;
import static com.luxestate.identity.internal.TestAccounts.clientAddress;
import static com.luxestate.identity.internal.TestAccounts.registration;
import static com.luxestate.identity.internal.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * What another instance changed (a suspension, a logout everywhere) reaches this
 * instance's token validation when its cached view of the account expires, here after one
 * second instead of the default 30.
 */
@ApplicationModuleTest
@TestPropertySource(properties = "luxestate.identity.access-check-cache-ttl=1s")
@DirtiesContext
class AccessCheckCacheExpiryTests {

	private final AccountService accounts;

	private final SessionService sessions;

	private final JwtDecoder jwtDecoder;

	private final JdbcTemplate jdbc;

	AccessCheckCacheExpiryTests(AccountService accounts, SessionService sessions, JwtDecoder jwtDecoder,
			JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.jwtDecoder = jwtDecoder;
		this.jdbc = jdbc;
	}

	@Test
	void aUserSuspendedOnAnotherInstanceLosesAccessOnceTheCacheExpires() {
		var user = accounts.register(registration(uniqueEmail("suspended-elsewhere")));
		var token = sessions.login(user.email(), PASSWORD, clientAddress()).accessToken();
		assertThat(jwtDecoder.decode(token).getSubject()).isEqualTo(user.id().toString());

		jdbc.update("UPDATE identity.user_account SET status = 'SUSPENDED' WHERE id = ?", user.id());

		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThatThrownBy(() -> jwtDecoder.decode(token))
				.isInstanceOf(JwtValidationException.class));
	}

	@Test
	void aUserWhoLoggedOutEverywhereOnAnotherInstanceLosesAccessOnceTheCacheExpires() {
		var user = accounts.register(registration(uniqueEmail("logged-out-elsewhere")));
		var token = sessions.login(user.email(), PASSWORD, clientAddress()).accessToken();
		jwtDecoder.decode(token);

		jdbc.update("UPDATE identity.user_account SET session_generation = session_generation + 1 WHERE id = ?",
				user.id());

		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThatThrownBy(() -> jwtDecoder.decode(token))
				.isInstanceOf(JwtValidationException.class));
	}

}

package com.luxestate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Flows that cost us or someone else are limited per client address and per target, over
 * real HTTP: 429 with {@code Retry-After}, the same whether an account exists. Clients
 * are told apart by {@code X-Forwarded-For}, as behind the load balancer: the test's own
 * address is a trusted proxy here ({@code LUXESTATE_TRUSTED_PROXIES}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "server.tomcat.remoteip.internal-proxies=127.0.0.1|0:0:0:0:0:0:0:1",
		"luxestate.identity.limits.registrations-per-client=3/1h",
		"luxestate.identity.limits.reset-mails-per-email=2/1h",
		"luxestate.identity.limits.verification-mails-per-account=2/1h",
		"luxestate.identity.limits.login-failures-per-client-and-account=3/15m" })
class AbuseLimitsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PASSWORD = TestAccounts.PASSWORD;

	@LocalServerPort
	int port;

	private RestClient http;

	@BeforeEach
	void connect() {
		http = HttpClients.to(port);
	}

	@Test
	void oneAddressRegistersThreeAccountsThenGets429() {
		var bulk = address();
		for (var account = 1; account <= 3; account++) {
			assertThat(register(email("bulk"), bulk).getStatusCode().value()).isEqualTo(201);
		}

		var refused = register(email("bulk"), bulk);

		assertTooManyRequests(refused);
		assertThat(register(email("neighbour"), address()).getStatusCode().value()).as("another address")
			.isEqualTo(201);
	}

	@Test
	void resetMailsForAnAccountAndForNobodyAreLimitedAlike() {
		var known = email("forgetful");
		register(known, address());
		var unknown = email("nobody");
		for (var request = 1; request <= 2; request++) {
			assertThat(forgot(known, address()).getStatusCode().value()).isEqualTo(202);
			assertThat(forgot(unknown, address()).getStatusCode().value()).isEqualTo(202);
		}

		var forKnown = forgot(known, address());
		var forUnknown = forgot(unknown, address());

		assertTooManyRequests(forKnown);
		assertTooManyRequests(forUnknown);
		assertThat(json(forUnknown)).isEqualTo(json(forKnown));
		assertThat(forUnknown.getHeaders().headerNames()).isEqualTo(forKnown.getHeaders().headerNames());
	}

	@Test
	void theVerificationMailGoesOutAgainTwiceThenWaits() {
		var email = email("impatient");
		var client = address();
		register(email, client);
		var token = json(post("/api/v1/auth/login", client, null, Map.of("email", email, "password", PASSWORD)))
			.get("accessToken")
			.asString();

		for (var request = 1; request <= 2; request++) {
			assertThat(post("/api/v1/auth/email/resend", address(), token, Map.of()).getStatusCode().value())
				.isEqualTo(202);
		}

		assertTooManyRequests(post("/api/v1/auth/email/resend", address(), token, Map.of()));
	}

	@Test
	void anAttackerWhoKnowsOnlyTheEmailCannotLockTheOwnerOut() {
		var email = email("owner");
		register(email, address());
		var attacker = address();
		for (var guess = 1; guess <= 3; guess++) {
			assertThat(login(email, "Wrong-guess-number-" + guess, attacker).getStatusCode().value()).isEqualTo(401);
		}

		assertTooManyRequests(login(email, PASSWORD, attacker));

		var owner = login(email, PASSWORD, address());
		assertThat(owner.getStatusCode().value()).as("the owner, from their own address").isEqualTo(200);
		assertThat(json(owner).get("accessToken").asString()).isNotBlank();
	}

	private static void assertTooManyRequests(ResponseEntity<String> response) {
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(429);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).as("Retry-After").matches("[1-9]\\d*");
		assertThat(json(response).get("status").asInt()).isEqualTo(429);
	}

	private ResponseEntity<String> register(String email, String client) {
		return post("/api/v1/auth/register", client, null,
				Map.of("email", email, "password", PASSWORD, "firstName", "Ann", "lastName", "Example"));
	}

	private ResponseEntity<String> forgot(String email, String client) {
		return post("/api/v1/auth/password/forgot", client, null, Map.of("email", email));
	}

	private ResponseEntity<String> login(String email, String password, String client) {
		return post("/api/v1/auth/login", client, null, Map.of("email", email, "password", password));
	}

	private ResponseEntity<String> post(String path, String client, String accessToken, Map<String, String> body) {
		var request = http.post().uri(path).header("X-Forwarded-For", client).contentType(MediaType.APPLICATION_JSON);
		if (accessToken != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
		}
		return request.body(body).retrieve().toEntity(String.class);
	}

	private static JsonNode json(ResponseEntity<String> response) {
		return JSON.readTree(response.getBody());
	}

	private static String email(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	/**
	 * An address from the IPv6 documentation range, in a /64 of its own (clients are
	 * limited per /64).
	 */
	private static String address() {
		var random = ThreadLocalRandom.current();
		return "2001:db8:%x:%x::%x".formatted(random.nextInt(0x10000), random.nextInt(0x10000),
				random.nextInt(0x10000));
	}

}

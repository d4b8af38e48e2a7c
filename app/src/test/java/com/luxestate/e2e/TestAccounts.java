package com.luxestate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import com.luxestate.identity.Role;

/**
 * Real accounts for end-to-end tests, made the way a frontend makes them: register and
 * log in over HTTP. Each call registers a new user with a unique email, so tests never
 * share accounts.
 */
public final class TestAccounts {

	public static final String ADMIN_EMAIL = "admin@test.luxestate.dev";

	public static final String ADMIN_PASSWORD = "a long test admin passphrase 42";

	public static final String PASSWORD = "a long and unusual test passphrase";

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient http;

	public TestAccounts(RestClient http) {
		this.http = http;
	}

	/** A user who registered, then logged in. */
	public record Account(UUID id, String email, String password, String accessToken, String refreshToken) {

		public String bearer() {
			return "Bearer " + accessToken;
		}
	}

	public Account register(Role role) {
		var email = "%s-%d-%s@test.luxestate.dev".formatted(role.name().toLowerCase(), SEQUENCE.incrementAndGet(),
				UUID.randomUUID().toString().substring(0, 8));
		var registered = post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "firstName", "Test",
				"lastName", role.name().charAt(0) + role.name().substring(1).toLowerCase(), "role", role.name()));
		assertThat(registered.has("id")).as("registration answered %s", registered).isTrue();
		return login(UUID.fromString(registered.get("id").asString()), email, PASSWORD);
	}

	public Account admin() {
		var tokens = post("/api/v1/auth/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
		var me = JSON.readTree(http.get()
			.uri("/api/v1/auth/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get("accessToken").asString())
			.retrieve()
			.body(String.class));
		return new Account(UUID.fromString(me.get("id").asString()), ADMIN_EMAIL, ADMIN_PASSWORD,
				tokens.get("accessToken").asString(), tokens.get("refreshToken").asString());
	}

	public Account login(UUID id, String email, String password) {
		var tokens = post("/api/v1/auth/login", Map.of("email", email, "password", password));
		assertThat(tokens.has("accessToken")).as("login answered %s", tokens).isTrue();
		return new Account(id, email, password, tokens.get("accessToken").asString(),
				tokens.get("refreshToken").asString());
	}

	private JsonNode post(String path, Map<String, String> body) {
		return JSON.readTree(
				http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(String.class));
	}

}

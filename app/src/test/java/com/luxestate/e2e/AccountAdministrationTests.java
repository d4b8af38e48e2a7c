package com.luxestate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.luxestate.identity.Role;

/**
 * Who may do what to which account, over real HTTP: admin routes are for admins only,
 * nobody changes what is not theirs to change, suspension cuts access, login guessing is
 * throttled, and an email is registered once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountAdministrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private final RequestMappingHandlerMapping routes;

	private RestClient http;

	private TestAccounts accounts;

	AccountAdministrationTests(RequestMappingHandlerMapping requestMappingHandlerMapping) {
		this.routes = requestMappingHandlerMapping;
	}

	@BeforeEach
	void connect() {
		http = HttpClients.to(port);
		accounts = new TestAccounts(http);
	}

	@Test
	void everyAdminRouteIsForbiddenToEveryOtherRoleAndNeedsAToken() {
		var adminRoutes = new ArrayList<String[]>();
		routes.getHandlerMethods()
			.keySet()
			.forEach(mapping -> mapping.getPatternValues()
				.stream()
				.filter(pattern -> pattern.startsWith("/api/v1/admin"))
				.forEach(pattern -> mapping.getMethodsCondition()
					.getMethods()
					.forEach(method -> adminRoutes.add(new String[] { method.name(), pattern }))));
		assertThat(adminRoutes).as("the admin routes found").hasSizeGreaterThanOrEqualTo(7);

		for (var role : List.of(Role.BUYER, Role.RENTER, Role.OWNER, Role.AGENT)) {
			var caller = accounts.register(role);
			for (var route : adminRoutes) {
				var path = route[1].replaceAll("\\{[^}]+}", caller.id().toString());
				var response = call(HttpMethod.valueOf(route[0]), path, caller.accessToken(),
						Map.of("reason", "x", "role", "ADMIN", "decision", "APPROVED"));
				assertThat(response.getStatusCode().value())
					.as("%s %s %s as %s", route[0], path, response.getBody(), role)
					.isEqualTo(403);
			}
		}
		for (var route : adminRoutes) {
			var path = route[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
			assertThat(call(HttpMethod.valueOf(route[0]), path, null, Map.of("reason", "x")).getStatusCode().value())
				.as("%s %s without a token", route[0], path)
				.isEqualTo(401);
		}
	}

	@Test
	void readOnlyFieldsCannotBeSetThroughABody() {
		for (var field : List.of("role", "status", "id", "emailVerified")) {
			Object value = switch (field) {
				case "role" -> "ADMIN";
				case "status" -> "ACTIVE";
				case "id" -> UUID.randomUUID().toString();
				default -> true;
			};
			var body = new java.util.HashMap<String, Object>(Map.of("firstName", "Mallory"));
			body.put(field, value);
			var user = accounts.register(Role.BUYER);

			var patched = call(HttpMethod.PATCH, "/api/v1/users/me", user.accessToken(), body);

			assertThat(patched.getStatusCode().value()).as(field).isEqualTo(400);
			assertThat(patched.getBody()).contains("\"field\":\"" + field + "\"");
			var me = json(call(HttpMethod.GET, "/api/v1/users/me", user.accessToken(), null));
			assertThat(me.get("firstName").asString()).as("nothing changed").isEqualTo("Test");
			assertThat(me.get("role").asString()).isEqualTo("BUYER");
		}
		var selfMadeAdmin = call(HttpMethod.POST, "/api/v1/auth/register", null,
				Map.of("email", "mallory-" + System.nanoTime() + "@example.com", "password",
						"an admin of my own making", "firstName", "Mallory", "lastName", "M", "role", "ADMIN"));
		assertThat(selfMadeAdmin.getStatusCode().value()).isEqualTo(400);
		assertThat(selfMadeAdmin.getBody()).contains("\"field\":\"role\"");
		var presetStatus = call(HttpMethod.POST, "/api/v1/auth/register", null,
				Map.of("email", "mallory-" + System.nanoTime() + "@example.com", "password",
						"an admin of my own making", "firstName", "Mallory", "lastName", "M", "emailVerified", true));
		assertThat(presetStatus.getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void aProfileUpdateHonoursIfMatchAndOnlyTouchesTheCaller() {
		var alice = accounts.register(Role.BUYER);
		var bob = accounts.register(Role.BUYER);
		var read = call(HttpMethod.GET, "/api/v1/users/me", alice.accessToken(), null);
		var etag = read.getHeaders().getETag();
		assertThat(etag).isNotBlank();

		var updated = http.patch()
			.uri("/api/v1/users/me")
			.header(HttpHeaders.AUTHORIZATION, alice.bearer())
			.header(HttpHeaders.IF_MATCH, etag)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("firstName", "Alicia", "phone", "+351 912 345 678"))
			.retrieve()
			.toEntity(String.class);
		assertThat(updated.getStatusCode().value()).isEqualTo(200);
		assertThat(json(updated).get("firstName").asString()).isEqualTo("Alicia");
		assertThat(updated.getHeaders().getETag()).isNotEqualTo(etag);

		var stale = http.patch()
			.uri("/api/v1/users/me")
			.header(HttpHeaders.AUTHORIZATION, alice.bearer())
			.header(HttpHeaders.IF_MATCH, etag)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("firstName", "Stale"))
			.retrieve()
			.toEntity(String.class);
		assertThat(stale.getStatusCode().value()).isEqualTo(412);
		var current = updated.getHeaders().getETag();
		for (var ifMatch : List.of("W/" + current, current.replace("\"", ""))) {
			var notAVersion = http.patch()
				.uri("/api/v1/users/me")
				.header(HttpHeaders.AUTHORIZATION, alice.bearer())
				.header(HttpHeaders.IF_MATCH, ifMatch)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("firstName", "Weak"))
				.retrieve()
				.toEntity(String.class);
			assertThat(notAVersion.getStatusCode().value()).as("a weak or unquoted tag never matches: " + ifMatch)
				.isEqualTo(412);
		}
		var listed = http.patch()
			.uri("/api/v1/users/me")
			.header(HttpHeaders.AUTHORIZATION, alice.bearer())
			.header(HttpHeaders.IF_MATCH, etag + ", " + current)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("firstName", "Listed"))
			.retrieve()
			.toEntity(String.class);
		assertThat(listed.getStatusCode().value()).as("a list matches when one of its tags is current").isEqualTo(200);

		assertThat(json(call(HttpMethod.GET, "/api/v1/users/me", bob.accessToken(), null)).get("firstName").asString())
			.isEqualTo("Test");
	}

	@Test
	void aSuspendedUserLosesAccessAndAReinstatedOneLogsInAgain() {
		var admin = accounts.admin();
		var owner = accounts.register(Role.OWNER);

		var suspended = call(HttpMethod.POST, "/api/v1/admin/users/" + owner.id() + "/suspend", admin.accessToken(),
				Map.of("reason", "Fake listings"));
		assertThat(suspended.getStatusCode().value()).isEqualTo(200);
		assertThat(json(suspended).get("status").asString()).isEqualTo("SUSPENDED");
		assertThat(json(suspended).get("suspensionReason").asString()).isEqualTo("Fake listings");

		assertThat(call(HttpMethod.POST, "/api/v1/auth/refresh", null, Map.of("refreshToken", owner.refreshToken()))
			.getStatusCode()
			.value()).as("refresh fails at once").isEqualTo(401);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> call(HttpMethod.GET, "/api/v1/auth/me", owner.accessToken(), null).getStatusCode()
				.value() == 401);
		assertThat(call(HttpMethod.POST, "/api/v1/auth/login", null,
				Map.of("email", owner.email(), "password", owner.password()))
			.getStatusCode()
			.value()).isEqualTo(403);

		var listed = json(call(HttpMethod.GET, "/api/v1/admin/users?status=SUSPENDED&q=" + owner.email(),
				admin.accessToken(), null));
		assertThat(listed.get("total").asLong()).isEqualTo(1);
		assertThat(listed.get("items").get(0).get("id").asString()).isEqualTo(owner.id().toString());

		assertThat(call(HttpMethod.POST, "/api/v1/admin/users/" + owner.id() + "/reinstate", admin.accessToken(),
				Map.of("reason", "Appeal granted"))
			.getStatusCode()
			.value()).isEqualTo(200);
		var again = accounts.login(owner.id(), owner.email(), owner.password());
		assertThat(call(HttpMethod.GET, "/api/v1/auth/me", again.accessToken(), null).getStatusCode().value())
			.isEqualTo(200);
	}

	@Test
	void anAdminChangesARoleAndTheOldTokensLoseTheirPermissions() {
		var admin = accounts.admin();
		var buyer = accounts.register(Role.BUYER);

		var changed = call(HttpMethod.POST, "/api/v1/admin/users/" + buyer.id() + "/role", admin.accessToken(),
				Map.of("role", "AGENT"));

		assertThat(json(changed).get("role").asString()).isEqualTo("AGENT");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> call(HttpMethod.GET, "/api/v1/auth/me", buyer.accessToken(), null).getStatusCode()
				.value() == 401);
		var relogged = accounts.login(buyer.id(), buyer.email(), buyer.password());
		assertThat(json(call(HttpMethod.GET, "/api/v1/auth/me", relogged.accessToken(), null)).get("permissions")
			.toString()).contains("agents:profile");
	}

	@Test
	void theTokenOfADeletedUserIsRefused() {
		var user = accounts.register(Role.BUYER);

		assertThat(call(HttpMethod.DELETE, "/api/v1/users/me", user.accessToken(), null).getStatusCode().value())
			.isEqualTo(204);

		await().atMost(Duration.ofSeconds(5))
			.until(() -> call(HttpMethod.GET, "/api/v1/auth/me", user.accessToken(), null).getStatusCode()
				.value() == 401);
		assertThat(call(HttpMethod.POST, "/api/v1/auth/login", null,
				Map.of("email", user.email(), "password", user.password()))
			.getStatusCode()
			.value()).isEqualTo(401);
	}

	@Test
	void theEleventhBadLoginIsThrottledEvenWithTheRightPassword() {
		var victim = accounts.register(Role.BUYER);
		var bystander = accounts.register(Role.BUYER);

		for (var attempt = 1; attempt <= 10; attempt++) {
			assertThat(call(HttpMethod.POST, "/api/v1/auth/login", null,
					Map.of("email", victim.email(), "password", "wrong guess " + attempt))
				.getStatusCode()
				.value()).as("attempt %d", attempt).isEqualTo(401);
		}
		var eleventh = call(HttpMethod.POST, "/api/v1/auth/login", null,
				Map.of("email", victim.email(), "password", "wrong guess 11"));
		var rightPassword = call(HttpMethod.POST, "/api/v1/auth/login", null,
				Map.of("email", victim.email(), "password", victim.password()));

		assertThat(eleventh.getStatusCode().value()).isEqualTo(429);
		assertThat(Long.parseLong(eleventh.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
		assertThat(rightPassword.getStatusCode().value()).as("the right password waits too").isEqualTo(429);
		assertThat(call(HttpMethod.POST, "/api/v1/auth/login", null,
				Map.of("email", bystander.email(), "password", bystander.password()))
			.getStatusCode()
			.value()).as("another account is unaffected").isEqualTo(200);
	}

	@Test
	void anUnknownEmailAndAWrongPasswordGetTheSameAnswer() {
		var user = accounts.register(Role.BUYER);

		var wrongPassword = call(HttpMethod.POST, "/api/v1/auth/login", null,
				Map.of("email", user.email(), "password", "not the password at all"));
		var unknownEmail = call(HttpMethod.POST, "/api/v1/auth/login", null,
				Map.of("email", "nobody-" + System.nanoTime() + "@example.com", "password", "not the password at all"));

		assertThat(wrongPassword.getStatusCode().value()).isEqualTo(401);
		assertThat(unknownEmail.getStatusCode().value()).isEqualTo(401);
		assertThat(json(unknownEmail).get("detail")).isEqualTo(json(wrongPassword).get("detail"));
	}

	@Test
	void concurrentRegistrationsOfOneEmailLetExactlyOneSucceed() throws Exception {
		var email = "race-" + System.nanoTime() + "@example.com";
		var start = new CountDownLatch(1);
		var attempts = new ArrayList<Callable<Integer>>();
		for (var i = 0; i < 8; i++) {
			var casing = i % 2 == 0 ? email : email.toUpperCase();
			attempts.add(() -> {
				start.await();
				return call(HttpMethod.POST, "/api/v1/auth/register", null, Map.of("email", casing, "password",
						"same email different people", "firstName", "Race", "lastName", "Condition"))
					.getStatusCode()
					.value();
			});
		}
		try (var pool = Executors.newFixedThreadPool(8)) {
			var futures = attempts.stream().map(pool::submit).toList();
			start.countDown();
			var statuses = new ArrayList<Integer>();
			for (var future : futures) {
				statuses.add(future.get());
			}
			assertThat(statuses).containsOnly(201, 409);
			assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
		}
	}

	@Test
	void anAgentIsVerifiedByAnAdmin() {
		var admin = accounts.admin();
		var agent = accounts.register(Role.AGENT);
		var buyer = accounts.register(Role.BUYER);

		assertThat(
				call(HttpMethod.PUT, "/api/v1/agents/me/profile", buyer.accessToken(), agentProfile()).getStatusCode()
					.value())
			.as("buyers keep no agent profile")
			.isEqualTo(403);
		var saved = call(HttpMethod.PUT, "/api/v1/agents/me/profile", agent.accessToken(), agentProfile());
		assertThat(saved.getStatusCode().value()).isEqualTo(200);
		assertThat(json(saved).get("verificationStatus").asString()).isEqualTo("PENDING");
		assertThat(json(call(HttpMethod.GET, "/api/v1/agents/" + agent.id(), null, null)).get("verified").asBoolean())
			.isFalse();

		var queue = json(
				call(HttpMethod.GET, "/api/v1/admin/agent-verifications?limit=100", admin.accessToken(), null));
		assertThat(queue.get("items").toString()).contains(agent.id().toString());
		var reviewedVersion = json(saved).get("version").asInt();

		// The agent changes the license while the admin reviews the old one: that
		// approval would cover unseen data.
		call(HttpMethod.PUT, "/api/v1/agents/me/profile", agent.accessToken(), agentProfile());
		var staleDecision = http.post()
			.uri("/api/v1/admin/agents/" + agent.id() + "/verification")
			.header(HttpHeaders.AUTHORIZATION, admin.bearer())
			.header(HttpHeaders.IF_MATCH, "\"" + reviewedVersion + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("decision", "APPROVED", "note", "License checked"))
			.retrieve()
			.toEntity(String.class);
		assertThat(staleDecision.getStatusCode().value()).isEqualTo(412);

		var decided = call(HttpMethod.POST, "/api/v1/admin/agents/" + agent.id() + "/verification", admin.accessToken(),
				Map.of("decision", "APPROVED", "note", "License checked"));
		assertThat(json(decided).get("verificationStatus").asString()).isEqualTo("APPROVED");
		assertThat(call(HttpMethod.POST, "/api/v1/admin/agents/" + agent.id() + "/verification", admin.accessToken(),
				Map.of("decision", "REJECTED", "note", "again"))
			.getStatusCode()
			.value()).isEqualTo(409);

		var publicProfile = json(call(HttpMethod.GET, "/api/v1/agents/" + agent.id(), null, null));
		assertThat(publicProfile.get("verified").asBoolean()).isTrue();
		assertThat(publicProfile.get("agencyName").asString()).isEqualTo("Tejo Homes");
		assertThat(publicProfile.has("email")).isFalse();
	}

	@Test
	void theJwksPublishesPublicKeysOnly() {
		var jwks = json(http.get().uri("/.well-known/jwks.json").retrieve().toEntity(String.class));

		assertThat(jwks.get("keys").size()).isGreaterThanOrEqualTo(1);
		var key = jwks.get("keys").get(0);
		assertThat(key.get("kty").asString()).isEqualTo("RSA");
		assertThat(key.get("kid").asString()).isNotBlank();
		assertThat(key.has("d")).isFalse();
		assertThat(key.has("p")).isFalse();
	}

	private static Map<String, Object> agentProfile() {
		return Map.of("licenseNumber", "AMI-12345", "agencyName", "Tejo Homes", "bio", "Lisbon riverside specialist",
				"languages", List.of("pt", "en"), "serviceAreas", List.of("Lisbon", "Cascais"));
	}

	private ResponseEntity<String> call(HttpMethod method, String path, String accessToken, Object body) {
		var request = http.method(method).uri(path);
		if (accessToken != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
		}
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.retrieve().toEntity(String.class);
	}

	private static JsonNode json(ResponseEntity<String> response) {
		return JSON.readTree(response.getBody());
	}

}

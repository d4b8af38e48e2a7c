package com.luxestate.app.web;

import static com.luxestate.app.web.ProblemResponsesTests.assertProblem;
import static com.luxestate.app.web.ProblemResponsesTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import com.luxestate.e2e.HttpClients;
import com.luxestate.e2e.TestAccounts;
import com.luxestate.identity.Role;

/**
 * The security and operations baseline, over real HTTP: bearer tokens are verified
 * strictly, failures are problems, docs and health are open, nothing else of the actuator
 * is exposed, browsers get CORS and headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "luxestate.http.cors.allowed-origins=https://app.luxestate.dev" })
class SecurityBaselineTests {

	@LocalServerPort
	int port;

	private RestClient http;

	private TestAccounts accounts;

	@DynamicPropertySource
	static void signingKey(DynamicPropertyRegistry registry) {
		registry.add("luxestate.identity.jwt.private-key-location", TestTokens::privateKeyLocation);
	}

	@BeforeEach
	void connect() {
		http = HttpClients.to(port);
		accounts = new TestAccounts(http);
	}

	@Test
	void aProtectedRouteWithoutATokenIsUnauthorizedWithAChallenge() {
		var response = http.get().uri("/api/v1/probe/me").retrieve().toEntity(String.class);

		assertProblem(response, 401, "unauthorized");
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
	}

	@Test
	void aValidTokenIsAccepted() {
		var buyer = accounts.register(Role.BUYER);
		var response = meWith(buyer.accessToken());
		var handMade = meWith(TestTokens.forUser(buyer.id(), claims -> {
		}));

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(json(response).get("subject").asString()).isEqualTo(buyer.id().toString());
		assertThat(handMade.getStatusCode().value()).as("the control: only what a test changes makes a token fail")
			.isEqualTo(200);
		assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).as("stateless: no session").isNull();
	}

	@Test
	void forgedOrStaleTokensAreRejected() {
		var user = accounts.register(Role.BUYER).id();
		var past = Date.from(Instant.now().minusSeconds(3600));
		var forgeries = java.util.Map.of("signed by another key", TestTokens.signedByAnotherKey(user), "alg none",
				TestTokens.unsigned(user), "HS256 with the public key", TestTokens.hmacWithThePublicKey(user),
				"expired", TestTokens.forUser(user, claims -> claims.issueTime(past).expirationTime(past)),
				"without an expiry", TestTokens.forUser(user, claims -> claims.expirationTime(null)), "wrong issuer",
				TestTokens.forUser(user, claims -> claims.issuer("https://evil.example")), "wrong audience",
				TestTokens.forUser(user, claims -> claims.audience("another-api")), "of a user who does not exist",
				TestTokens.forUser(UUID.randomUUID(), claims -> {
				}), "of an earlier session", TestTokens.forUser(user, claims -> claims.claim("session_generation", 0)),
				"not a JWT", "definitely-not-a-token");

		forgeries.forEach((forgery, token) -> {
			var response = meWith(token);
			assertThat(response.getStatusCode().value()).as(forgery).isEqualTo(401);
			assertProblem(response, 401, "unauthorized");
			assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(forgery)
				.startsWith("Bearer error=\"invalid_token\"");
		});
	}

	@Test
	void anAuthenticatedCallerWithoutThePermissionIsForbidden() {
		var withoutPermission = http.get()
			.uri("/api/v1/probe/admin")
			.header(HttpHeaders.AUTHORIZATION, accounts.register(Role.OWNER).bearer())
			.retrieve()
			.toEntity(String.class);
		var withPermission = http.get()
			.uri("/api/v1/probe/admin")
			.header(HttpHeaders.AUTHORIZATION, accounts.admin().bearer())
			.retrieve()
			.toEntity(String.class);

		assertProblem(withoutPermission, 403, "forbidden");
		assertThat(withPermission.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void aWrongMethodOnAPublicRouteIsNotAllowedAlsoForACallerWhoIsSignedIn() {
		var buyer = accounts.register(Role.BUYER);
		var signedIn = http.get()
			.uri("/api/v1/auth/login")
			.header(HttpHeaders.AUTHORIZATION, buyer.bearer())
			.retrieve()
			.toEntity(String.class);
		var anonymous = http.put().uri("/api/v1/auth/register").retrieve().toEntity(String.class);

		assertProblem(signedIn, 405, "method-not-allowed");
		assertThat(signedIn.getHeaders().getFirst(HttpHeaders.ALLOW)).isEqualTo("POST");
		assertProblem(anonymous, 405, "method-not-allowed");
	}

	@Test
	void healthLivenessAndReadinessAreOpenAndUp() {
		for (var path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			var response = http.get().uri(path).retrieve().toEntity(String.class);
			assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
			assertThat(json(response).get("status").asString()).as(path).isEqualTo("UP");
		}
		var readiness = json(http.get().uri("/actuator/health/readiness").retrieve().toEntity(String.class));
		assertThat(readiness.get("components").has("db")).as("readiness includes the database").isTrue();
	}

	@Test
	void infoCarriesTheBuildVersionAndGitCommit() {
		var info = json(http.get().uri("/actuator/info").retrieve().toEntity(String.class));

		assertThat(info.get("build").get("version").asString()).isNotBlank();
		assertThat(info.get("git").get("commit").get("id").asString()).isNotBlank();
	}

	@Test
	void prometheusMetricsAreExposed() {
		var metrics = http.get().uri("/actuator/prometheus").retrieve().toEntity(String.class);

		assertThat(metrics.getStatusCode().value()).isEqualTo(200);
		assertThat(metrics.getBody()).contains("jvm_memory_used_bytes", "hikaricp_connections");
	}

	@Test
	void noOtherActuatorEndpointIsExposed() {
		for (var path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/loggers",
				"/actuator/configprops", "/actuator/shutdown", "/actuator/modulith" }) {
			var response = http.get().uri(path).retrieve().toEntity(String.class);
			assertThat(response.getStatusCode().value()).as(path).isEqualTo(404);
		}
	}

	@Test
	void theOpenApiDocumentAndSwaggerUiAreOpen() {
		var document = http.get().uri("/v3/api-docs").retrieve().toEntity(String.class);
		var swagger = http.get().uri("/swagger-ui/index.html").retrieve().toEntity(String.class);

		assertThat(document.getStatusCode().value()).isEqualTo(200);
		var api = json(document);
		assertThat(api.get("openapi").asString()).startsWith("3.1");
		assertThat(api.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
			.isEqualTo("bearer");
		assertThat(api.get("components").get("schemas").has("Problem")).isTrue();
		assertThat(api.get("paths").has("/api/v1/auth/login")).as("identity's operations are documented").isTrue();
		assertThat(api.get("paths").get("/api/v1/auth/login").get("post").get("responses").has("default"))
			.as("with the problem format")
			.isTrue();
		assertThat(swagger.getStatusCode().value()).isEqualTo(200);
		assertThat(http.get().uri("/swagger-ui.html").retrieve().toEntity(String.class).getStatusCode().value())
			.isIn(200, 302);
	}

	@Test
	void browsersFromAnAllowedOriginMayCallAndOthersMayNot() {
		var allowed = preflight("https://app.luxestate.dev");
		var refused = preflight("https://evil.example");

		assertThat(allowed.getStatusCode().value()).isEqualTo(200);
		assertThat(allowed.getHeaders().getAccessControlAllowOrigin()).isEqualTo("https://app.luxestate.dev");
		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.getHeaders().getAccessControlAllowOrigin()).isNull();
	}

	@Test
	void securityHeadersAreSet() {
		var headers = http.get().uri("/actuator/health").retrieve().toEntity(String.class).getHeaders();

		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
	}

	private ResponseEntity<String> meWith(String token) {
		return http.get()
			.uri("/api/v1/probe/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.retrieve()
			.toEntity(String.class);
	}

	private ResponseEntity<String> preflight(String origin) {
		return http.options()
			.uri("/api/v1/probe/me")
			.header(HttpHeaders.ORIGIN, origin)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization")
			.retrieve()
			.toEntity(String.class);
	}

}

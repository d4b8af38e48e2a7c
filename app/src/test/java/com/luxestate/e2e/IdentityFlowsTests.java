package com.luxestate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The identity flows a frontend goes through, over real HTTP, with mail read from a real
 * (in-process) SMTP server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityFlowsTests {

	@RegisterExtension
	static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
	}

	@LocalServerPort
	int port;

	private RestClient http;

	@BeforeEach
	void connect() {
		http = HttpClients.to(port);
	}

	@Test
	void registerVerifyLoginRefreshAndLogOut() {
		var email = "Dana.Flow+" + System.nanoTime() + "@Example.com";
		var registered = post("/api/v1/auth/register", null, Map.of("email", email, "password",
				"river view with balcony 2026", "firstName", "Dana", "lastName", "Flow", "role", "OWNER"));
		assertThat(registered.getStatusCode().value()).isEqualTo(201);
		assertThat(registered.getHeaders().getLocation()).hasToString("/api/v1/users/me");
		var user = json(registered);
		assertThat(user.get("role").asString()).isEqualTo("OWNER");
		assertThat(user.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(user.get("emailVerified").asBoolean()).isFalse();
		assertThat(user.has("password")).isFalse();

		var verificationToken = tokenFromMailTo(email.toLowerCase(), "Confirm your email");
		assertThat(post("/api/v1/auth/email/verify", null, Map.of("token", verificationToken)).getStatusCode().value())
			.isEqualTo(204);
		assertThat(post("/api/v1/auth/email/verify", null, Map.of("token", verificationToken)).getStatusCode().value())
			.as("a verification token works once")
			.isEqualTo(400);

		var login = json(post("/api/v1/auth/login", null,
				Map.of("email", email.toUpperCase(), "password", "river view with balcony 2026")));
		assertThat(login.get("tokenType").asString()).isEqualTo("Bearer");
		assertThat(login.get("expiresIn").asLong()).isEqualTo(900);

		var me = json(get("/api/v1/auth/me", login.get("accessToken").asString()));
		assertThat(me.get("emailVerified").asBoolean()).isTrue();
		assertThat(me.get("email").asString()).isEqualTo(email);
		assertThat(me.get("permissions").toString()).contains("listings:write").doesNotContain("users:manage");

		var firstRefresh = login.get("refreshToken").asString();
		// Frontends send their (possibly expired) access token along on every call,
		// refresh included.
		var refreshed = post("/api/v1/auth/refresh", "an.expired.token", Map.of("refreshToken", firstRefresh));
		assertThat(refreshed.getStatusCode().value()).isEqualTo(200);
		var secondRefresh = json(refreshed).get("refreshToken").asString();
		assertThat(secondRefresh).isNotEqualTo(firstRefresh);
		assertThat(get("/api/v1/auth/me", json(refreshed).get("accessToken").asString()).getStatusCode().value())
			.isEqualTo(200);

		var reuse = post("/api/v1/auth/refresh", null, Map.of("refreshToken", firstRefresh));
		assertThat(reuse.getStatusCode().value()).as("the rotated token is refused").isEqualTo(401);
		assertThat(post("/api/v1/auth/refresh", null, Map.of("refreshToken", secondRefresh)).getStatusCode().value())
			.as("reuse revoked the whole family, the newest token included")
			.isEqualTo(401);

		var another = json(
				post("/api/v1/auth/login", null, Map.of("email", email, "password", "river view with balcony 2026")));
		assertThat(post("/api/v1/auth/logout", null, Map.of("refreshToken", another.get("refreshToken").asString()))
			.getStatusCode()
			.value()).isEqualTo(204);
		assertThat(post("/api/v1/auth/refresh", null, Map.of("refreshToken", another.get("refreshToken").asString()))
			.getStatusCode()
			.value()).as("logged out").isEqualTo(401);
	}

	@Test
	void forgotAndResetThePassword() {
		var accounts = new TestAccounts(http);
		var user = accounts.register(com.luxestate.identity.Role.BUYER);
		var otherSession = accounts.login(user.id(), user.email(), user.password());

		var unknown = post("/api/v1/auth/password/forgot", null,
				Map.of("email", "nobody-" + System.nanoTime() + "@example.com"));
		var known = post("/api/v1/auth/password/forgot", null, Map.of("email", user.email()));
		assertThat(unknown.getStatusCode().value()).isEqualTo(202);
		assertThat(known.getStatusCode().value()).isEqualTo(202);

		var resetToken = tokenFromMailTo(user.email(), "Reset your LuxeState password");
		var weak = post("/api/v1/auth/password/reset", null, Map.of("token", resetToken, "newPassword", "short"));
		assertThat(weak.getStatusCode().value()).isEqualTo(400);
		assertThat(weak.getBody()).contains("newPassword");
		assertThat(post("/api/v1/auth/password/reset", null,
				Map.of("token", resetToken, "newPassword", "a brand new passphrase for me"))
			.getStatusCode()
			.value()).isEqualTo(204);

		assertThat(
				post("/api/v1/auth/refresh", null, Map.of("refreshToken", user.refreshToken())).getStatusCode().value())
			.as("old sessions are dead")
			.isEqualTo(401);
		assertThat(
				post("/api/v1/auth/refresh", null, Map.of("refreshToken", otherSession.refreshToken())).getStatusCode()
					.value())
			.isEqualTo(401);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> get("/api/v1/auth/me", user.accessToken()).getStatusCode().value() == 401);
		assertThat(post("/api/v1/auth/login", null, Map.of("email", user.email(), "password", user.password()))
			.getStatusCode()
			.value()).as("the old password no longer works").isEqualTo(401);
		assertThat(post("/api/v1/auth/login", null,
				Map.of("email", user.email(), "password", "a brand new passphrase for me"))
			.getStatusCode()
			.value()).isEqualTo(200);
		assertThat(post("/api/v1/auth/password/reset", null,
				Map.of("token", resetToken, "newPassword", "yet another passphrase here"))
			.getStatusCode()
			.value()).as("a reset token works once").isEqualTo(400);
	}

	@Test
	void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() {
		var accounts = new TestAccounts(http);
		var user = accounts.register(com.luxestate.identity.Role.RENTER);
		var otherDevice = accounts.login(user.id(), user.email(), user.password());

		var wrongCurrent = post("/api/v1/users/me/password", user.accessToken(),
				Map.of("currentPassword", "not my password at all", "newPassword", "a fresh and long passphrase"));
		assertThat(wrongCurrent.getStatusCode().value()).isEqualTo(400);
		assertThat(wrongCurrent.getBody()).contains("currentPassword");

		var changed = post("/api/v1/users/me/password", user.accessToken(),
				Map.of("currentPassword", user.password(), "newPassword", "a fresh and long passphrase"));
		assertThat(changed.getStatusCode().value()).isEqualTo(200);
		var newSession = json(changed);
		assertThat(get("/api/v1/auth/me", newSession.get("accessToken").asString()).getStatusCode().value())
			.as("this client keeps a session")
			.isEqualTo(200);
		assertThat(
				post("/api/v1/auth/refresh", null, Map.of("refreshToken", otherDevice.refreshToken())).getStatusCode()
					.value())
			.as("other sessions end")
			.isEqualTo(401);
	}

	@Test
	void logoutEverywhereEndsEverySession() {
		var accounts = new TestAccounts(http);
		var user = accounts.register(com.luxestate.identity.Role.BUYER);
		var laptop = accounts.login(user.id(), user.email(), user.password());

		assertThat(post("/api/v1/auth/logout-all", user.accessToken(), Map.of()).getStatusCode().value())
			.isEqualTo(204);

		assertThat(post("/api/v1/auth/refresh", null, Map.of("refreshToken", laptop.refreshToken())).getStatusCode()
			.value()).isEqualTo(401);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> get("/api/v1/auth/me", laptop.accessToken()).getStatusCode().value() == 401);
	}

	private String tokenFromMailTo(String recipient, String subject) {
		var deadline = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < deadline) {
			for (var message : SMTP.getReceivedMessages()) {
				try {
					if (message.getSubject().startsWith(subject)
							&& message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)) {
						var matcher = TOKEN.matcher(GreenMailUtil.getBody(message));
						assertThat(matcher.find()).as("the mail holds a link with a token").isTrue();
						return matcher.group(1);
					}
				}
				catch (jakarta.mail.MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			}
			SMTP.waitForIncomingEmail(500, SMTP.getReceivedMessages().length + 1);
		}
		throw new AssertionError("No mail '" + subject + "' reached " + recipient);
	}

	private ResponseEntity<String> post(String path, String accessToken, Object body) {
		var request = http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body);
		if (accessToken != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
		}
		return request.retrieve().toEntity(String.class);
	}

	private ResponseEntity<String> get(String path, String accessToken) {
		return http.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
			.retrieve()
			.toEntity(String.class);
	}

	private static JsonNode json(ResponseEntity<String> response) {
		return JSON.readTree(response.getBody());
	}

}

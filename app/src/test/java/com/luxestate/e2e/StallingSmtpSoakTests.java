package com.luxestate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.luxestate.platform.testing.StallingSmtpServer;

/**
 * An SMTP server that greets and then says nothing more must not take the service down
 * with it: mails wait in the outbox, and health, metrics, documentation, media and the
 * API keep answering. Before ADR 0012, every mail and every health check waited for such
 * a server forever, each holding a request thread.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "luxestate.mail.delivery-interval=200ms")
class StallingSmtpSoakTests {

	private static final StallingSmtpServer SMTP = StallingSmtpServer.start(0, StallingSmtpServer.Stall.AFTER_GREETING);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** How long any of the endpoints may take to answer while SMTP stalls. */
	private static final Duration PROMPTLY = Duration.ofSeconds(5);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SMTP::port);
	}

	@AfterAll
	static void stopSmtp() {
		SMTP.close();
	}

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void everyEndpointKeepsAnsweringWhileSmtpStalls() throws Exception {
		var mediaPath = "/media/listings/" + UUID.randomUUID() + "/" + UUID.randomUUID() + "/large.jpg";
		var endpoints = List.of("/actuator", "/actuator/health", "/actuator/info", "/actuator/prometheus",
				"/swagger-ui.html", "/v3/api-docs", "/.well-known/jwks.json", "/api/v1/listings", mediaPath);
		for (var endpoint : endpoints) {
			get(endpoint, Duration.ofSeconds(60)); // warmed up: the first call builds
													// what later ones reuse
		}

		// Mails pile up: registrations and password resets, each with its mail.
		var emails = new ArrayList<String>();
		var registrations = new ArrayList<CompletableFuture<HttpResponse<String>>>();
		for (int i = 0; i < 6; i++) {
			emails.add("soak-" + i + "-" + System.nanoTime() + "@example.com");
			registrations.add(post("/api/v1/auth/register", Map.of("email", emails.getLast(), "password",
					"a long soak passphrase " + i, "firstName", "Soak", "lastName", "Tester")));
		}
		for (int i = 0; i < emails.size(); i++) {
			assertThat(registrations.get(i).get().statusCode()).isLessThan(500);
			assertThat(post("/api/v1/auth/password/forgot", Map.of("email", emails.get(i))).get().statusCode())
				.isEqualTo(202);
		}
		// The delivery job is now waiting on the stalled server (10 s per attempt), and
		// keeps trying while the
		// endpoints are asked.
		await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.connections() > 0);

		for (int round = 0; round < 3; round++) {
			for (var endpoint : endpoints) {
				var started = System.nanoTime();
				var response = get(endpoint, PROMPTLY);
				assertThat(response.statusCode()).as(endpoint)
					.isEqualTo(endpoint.equals("/swagger-ui.html") ? 302 : endpoint.equals(mediaPath) ? 404 : 200);
				assertThat(Duration.ofNanos(System.nanoTime() - started)).as(endpoint).isLessThan(PROMPTLY);
			}
			Thread.sleep(1000);
		}
	}

	private HttpResponse<String> get(String path, Duration timeout) throws Exception {
		return http.send(request(path, timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private CompletableFuture<HttpResponse<String>> post(String path, Map<String, String> body) {
		// Password hashing, not mail, sets the pace of these on a busy machine.
		return http.sendAsync(request(path, Duration.ofSeconds(60)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, Duration timeout) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(timeout);
	}

}

package com.luxestate.app.web;

import com.luxestate.platform.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import com.luxestate.e2e.HttpClients;
import com.luxestate.e2e.TestAccounts;
import com.luxestate.identity.Role;

/**
 * Every way a request can go wrong answers with an RFC 9457 problem of a stable type,
 * over real HTTP, and nothing internal leaks into it.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "luxestate.http.max-body-size=2KB", "luxestate.http.max-upload-size=8KB",
				"spring.servlet.multipart.max-file-size=8KB", "spring.servlet.multipart.max-request-size=8KB" })
class ProblemResponsesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private RestClient http;

	private String token;

	@BeforeEach
	void connect() {
		http = HttpClients.to(port);
		token = new TestAccounts(http).register(Role.BUYER).accessToken();
	}

	@Test
	void malformedJsonIsABadRequest() {
		var problem = postDraft("{\"title\": \"Flat\", ");

		assertProblem(problem, 400, "malformed-request");
	}

	@Test
	void anUnknownFieldIsRejectedAndNamed() {
		var problem = postDraft("{\"title\": \"Flat\", \"price\": 10, \"role\": \"ADMIN\"}");

		assertProblem(problem, 400, "validation-failed");
		assertThat(fieldsIn(problem)).containsExactly("role");
	}

	@Test
	void invalidFieldsAreListedOneByOne() {
		var problem = postDraft("{\"title\": \" \", \"price\": -5}");

		assertProblem(problem, 400, "validation-failed");
		assertThat(fieldsIn(problem)).containsExactly("price", "title");
	}

	@Test
	void aFieldOfTheWrongTypeIsNamed() {
		var problem = postDraft("{\"title\": \"Flat\", \"price\": \"cheap\"}");

		assertProblem(problem, 400, "validation-failed");
		assertThat(fieldsIn(problem)).containsExactly("price");
	}

	@Test
	void aValueOfTheWrongTypeIsNeverCoerced() {
		var numberForText = postDraft("{\"title\": 1, \"price\": 10}");
		var fractionForWhole = postDraft("{\"title\": \"Flat\", \"price\": 2.7}");
		var textForNumber = postDraft("{\"title\": \"Flat\", \"price\": \"10\"}");

		assertProblem(numberForText, 400, "validation-failed");
		assertThat(fieldsIn(numberForText)).containsExactly("title");
		assertProblem(fractionForWhole, 400, "validation-failed");
		assertThat(fieldsIn(fractionForWhole)).containsExactly("price");
		assertProblem(textForNumber, 400, "validation-failed");
		assertThat(fieldsIn(textForNumber)).containsExactly("price");
	}

	@Test
	void aNulCharacterIsRefusedBeforeItReachesTheDatabase() {
		var inJson = postDraft("{\"title\": \"Flat\\u0000\", \"price\": 10}");
		var inQuery = http.get()
			.uri(URI.create("http://localhost:" + port + "/api/v1/probe/items?limit=1&q=a%00b"))
			.header(HttpHeaders.AUTHORIZATION, bearer())
			.retrieve()
			.toEntity(String.class);

		assertProblem(inJson, 400, "validation-failed");
		assertThat(fieldsIn(inJson)).containsExactly("title");
		assertProblem(inQuery, 400, "validation-failed");
		assertThat(fieldsIn(inQuery)).containsExactly("q");
	}

	@Test
	void onlyJsonIsRead() {
		for (var type : List.of("application/yaml", "application/x-yaml", "application/xml", "text/plain")) {
			var response = http.post()
				.uri("/api/v1/probe/drafts")
				.header(HttpHeaders.AUTHORIZATION, bearer())
				.header(HttpHeaders.CONTENT_TYPE, type)
				.body("title: Flat\nprice: 10\nrole: ADMIN\n")
				.retrieve()
				.toEntity(String.class);
			assertProblem(response, 415, "unsupported-media-type");
		}
		var yaml = http.get()
			.uri("/api/v1/probe/items")
			.header(HttpHeaders.AUTHORIZATION, bearer())
			.header(HttpHeaders.ACCEPT, "application/yaml")
			.retrieve()
			.toEntity(String.class);
		assertProblem(yaml, 406, "not-acceptable");
	}

	@Test
	void malformedRequestsTheContainerParsesAreBadRequests() throws Exception {
		var tooMany = String.join("&", java.util.Collections.nCopies(WellFormedRequest.MAX_PARAMETERS + 1, "a"));
		for (var query : List.of("q=%", "q=%zz", "%=1", "q=%C0%AE", tooMany)) {
			var response = raw(
					"GET /api/v1/probe/items?" + query + " HTTP/1.1\r\nAuthorization: " + bearer() + "\r\n\r\n");
			assertThat(response).as(query.substring(0, Math.min(query.length(), 20)))
				.startsWith("HTTP/1.1 400 ")
				.contains("malformed-request")
				.contains("application/problem+json");
		}
		var wildcard = http.post()
			.uri("/api/v1/probe/drafts")
			.header(HttpHeaders.AUTHORIZATION, bearer())
			.header(HttpHeaders.CONTENT_TYPE, "*/*")
			.body("{\"title\": \"Flat\", \"price\": 10}")
			.retrieve()
			.toEntity(String.class);
		var form = http.post()
			.uri("/api/v1/probe/drafts")
			.header(HttpHeaders.AUTHORIZATION, bearer())
			.header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
			.body("title=%&price=%zz")
			.retrieve()
			.toEntity(String.class);
		var noBoundary = http.post()
			.uri("/api/v1/probe/uploads")
			.header(HttpHeaders.AUTHORIZATION, bearer())
			.header(HttpHeaders.CONTENT_TYPE, "multipart/form-data")
			.body("--x\r\n\r\n--x--\r\n")
			.retrieve()
			.toEntity(String.class);
		var brokenBoundary = http.post()
			.uri("/api/v1/probe/uploads")
			.header(HttpHeaders.AUTHORIZATION, bearer())
			.header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=abc")
			.body("--xyz\r\nContent-Disposition: form-data\r\n\r\nv")
			.retrieve()
			.toEntity(String.class);

		assertProblem(wildcard, 415, "unsupported-media-type");
		assertProblem(form, 415, "unsupported-media-type");
		assertProblem(noBoundary, 400, "malformed-request");
		assertProblem(brokenBoundary, 400, "malformed-request");
		assertThat(wildcard.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void theErrorPageIsNoOperation() {
		for (var method : List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
			var response = http.method(method)
				.uri("/error")
				.header(HttpHeaders.AUTHORIZATION, bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.body("{}")
				.retrieve()
				.toEntity(String.class);
			assertProblem(response, 404, "not-found");
		}
		var document = json(http.get().uri("/v3/api-docs").retrieve().toEntity(String.class));
		assertThat(document.get("paths").has("/error")).isFalse();
	}

	@Test
	void aLineBreakInAMessageCannotForgeALogLine(CapturedOutput output) {
		LoggerFactory.getLogger(ProblemResponsesTests.class)
			.warn("Searched for {}", "a\n2026-01-01T00:00:00.000Z ERROR forged\r\u0007");

		assertThat(output.getOut()).contains("Searched for a\\n2026-01-01T00:00:00.000Z ERROR forged??")
			.doesNotContain("\n2026-01-01T00:00:00.000Z ERROR forged");
	}

	@Test
	void anInvalidQueryParameterIsNamed() {
		var tooMany = get("/api/v1/probe/items?limit=101");
		var notANumber = get("/api/v1/probe/items?limit=many");

		assertProblem(tooMany, 400, "validation-failed");
		assertThat(fieldsIn(tooMany)).containsExactly("limit");
		assertProblem(notANumber, 400, "validation-failed");
		assertThat(fieldsIn(notANumber)).containsExactly("limit");
	}

	@Test
	void anUnknownPathIsNotFound() {
		assertProblem(get("/api/v1/no-such-thing"), 404, "not-found");
		assertProblem(http.get().uri("/no-such-page").retrieve().toEntity(String.class), 404, "not-found");
	}

	@Test
	void aWrongMethodIsNotAllowed() {
		var response = http.delete()
			.uri("/api/v1/probe/drafts")
			.header(HttpHeaders.AUTHORIZATION, bearer())
			.retrieve()
			.toEntity(String.class);

		assertProblem(response, 405, "method-not-allowed");
		assertThat(response.getHeaders().getAllow()).isNotEmpty();
	}

	@Test
	void anUnsupportedMediaTypeIsRefused() {
		var response = http.post()
			.uri("/api/v1/probe/drafts")
			.header(HttpHeaders.AUTHORIZATION, bearer())
			.contentType(MediaType.TEXT_PLAIN)
			.body("title=Flat")
			.retrieve()
			.toEntity(String.class);

		assertProblem(response, 415, "unsupported-media-type");
	}

	@Test
	void anOversizedBodyIsRefusedBeforeItIsRead() {
		var response = postDraft("{\"title\": \"" + "x".repeat(3000) + "\", \"price\": 1}");

		assertProblem(response, 413, "payload-too-large");
	}

	@Test
	void anOversizedBodyWithoutContentLengthIsRefusedWhileReading() throws Exception {
		var body = ("{\"title\": \"" + "x".repeat(3000) + "\", \"price\": 1}").getBytes();
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/probe/drafts"))
			.header(HttpHeaders.AUTHORIZATION, bearer())
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			// A stream of unknown length goes out chunked, with no Content-Length to
			// check up front.
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();

		var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(JSON.readTree(response.body()).get("type").asString())
			.isEqualTo(ProblemType.BASE_URI + "payload-too-large");
	}

	@Test
	void anOversizedUploadIsRefused() {
		var parts = new LinkedMultiValueMap<String, Object>();
		parts.add("file", new ByteArrayResource(new byte[16 * 1024]) {
			@Override
			public String getFilename() {
				return "big.jpg";
			}
		});
		var response = http.post()
			.uri("/api/v1/probe/uploads")
			.header(HttpHeaders.AUTHORIZATION, bearer())
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.toEntity(String.class);

		assertProblem(response, 413, "payload-too-large");
	}

	@Test
	void aModulesProblemIsRenderedWithWhatItsKindCallsFor() {
		var invalid = get("/api/v1/probe/problems/invalid");
		assertProblem(invalid, 400, "validation-failed");
		assertThat(fieldsIn(invalid)).containsExactly("title");

		var unauthorized = get("/api/v1/probe/problems/unauthorized");
		assertProblem(unauthorized, 401, "unauthorized");
		assertThat(unauthorized.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");

		var throttled = get("/api/v1/probe/problems/throttled");
		assertProblem(throttled, 429, "too-many-requests");
		assertThat(throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).as("whole seconds, rounded up")
			.isEqualTo("2");

		var notFound = get("/api/v1/probe/problems/missing");
		assertProblem(notFound, 404, "not-found");
		assertThat(json(notFound).get("detail").asString()).isEqualTo("There is no such probe.");
		assertThat(json(notFound).has("errors")).isFalse();
	}

	@Test
	void anUnexpectedFailureRevealsNothingInternal() {
		var response = get("/api/v1/probe/failure");

		assertProblem(response, 500, "internal-error");
		assertThat(response.getBody()).doesNotContainIgnoringCase("select")
			.doesNotContain("identity.users", "Exception", "com.luxestate", "\tat ", "users_email_key");
	}

	@Test
	void aLostRaceForAVersionIsAConflictOrAFailedPrecondition() {
		var plain = http.post()
			.uri("/api/v1/probe/concurrent-change")
			.header(HttpHeaders.AUTHORIZATION, bearer())
			.retrieve()
			.toEntity(String.class);
		var wrapped = http.post()
			.uri("/api/v1/probe/concurrent-change?wrapped=true")
			.header(HttpHeaders.AUTHORIZATION, bearer())
			.retrieve()
			.toEntity(String.class);
		var withIfMatch = http.post()
			.uri("/api/v1/probe/concurrent-change")
			.header(HttpHeaders.AUTHORIZATION, bearer())
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.retrieve()
			.toEntity(String.class);

		assertProblem(plain, 409, "conflict");
		assertProblem(wrapped, 409, "conflict");
		assertProblem(withIfMatch, 412, "precondition-failed");
		assertThat(plain.getBody()).doesNotContain("ProbeAggregate");
	}

	@Test
	void aValidRequestStillSucceeds() {
		var response = postDraft("{\"title\": \"Bright flat\", \"price\": 450000}");

		assertThat(response.getStatusCode().value()).isEqualTo(201);
		assertThat(json(response).get("title").asString()).isEqualTo("Bright flat");
	}

	private org.springframework.http.ResponseEntity<String> postDraft(String body) {
		return http.post()
			.uri("/api/v1/probe/drafts")
			.header(HttpHeaders.AUTHORIZATION, bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(String.class);
	}

	private org.springframework.http.ResponseEntity<String> get(String path) {
		return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer()).retrieve().toEntity(String.class);
	}

	private String raw(String requestWithoutHost) throws IOException {
		try (var socket = new Socket("localhost", port)) {
			var lineEnd = requestWithoutHost.indexOf("\r\n");
			var request = requestWithoutHost.substring(0, lineEnd + 2) + "Host: localhost\r\nConnection: close\r\n"
					+ requestWithoutHost.substring(lineEnd + 2);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	private String bearer() {
		return "Bearer " + token;
	}

	static void assertProblem(org.springframework.http.ResponseEntity<String> response, int status, String kind) {
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).isNotNull();
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.as("content type %s", response.getHeaders().getContentType())
			.isTrue();
		var problem = json(response);
		assertThat(problem.get("type").asString()).isEqualTo(ProblemType.BASE_URI + kind);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.get("instance").asString()).startsWith("/");
		assertThat(problem.has("trace")).isFalse();
		assertThat(problem.has("exception")).isFalse();
	}

	static JsonNode json(org.springframework.http.ResponseEntity<String> response) {
		return JSON.readTree(response.getBody());
	}

	static List<String> fieldsIn(org.springframework.http.ResponseEntity<String> response) {
		var fields = new java.util.ArrayList<String>();
		json(response).get("errors").forEach(error -> {
			assertThat(error.get("message").asString()).isNotBlank();
			fields.add(error.get("field").asString());
		});
		return fields;
	}

}

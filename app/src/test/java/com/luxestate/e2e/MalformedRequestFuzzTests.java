package com.luxestate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.luxestate.identity.Role;

/**
 * Malformed requests for every operation the OpenAPI document lists, as anonymous
 * callers, signed-in users and an admin would send them: each must be answered with a 4xx
 * problem (or succeed), never with a 5xx, and nothing may be logged at ERROR. The
 * operations come from {@code /v3/api-docs}, so a new endpoint is fuzzed without anyone
 * listing it here. Requests go over a raw socket: malformed URIs ({@code %zz}, a NUL) are
 * exactly what an HTTP client library would refuse to send.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestFuzzTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** What a path or query parameter may be given instead of a proper value. */
	private static final List<String> BAD_VALUES = List.of("%", "%zz", "%00", "a%00b", "%2F..%2F", "x%0aFORGED line",
			"%C0%AE", "%ff%fe", "-1", "1.5", "99999999999999999999999", "1e999", "true", "", "a".repeat(5000),
			"%E2%80%AE", "null");

	private static final String PNG_1x1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

	@LocalServerPort
	int port;

	private final Queue failures = new Queue();

	/**
	 * Time spent per operation: the slowest are printed, to keep the whole run within
	 * about a minute and a half.
	 */
	private final Map<String, LongAdder> millis = new ConcurrentHashMap<>();

	@Test
	void noMalformedRequestToADocumentedOperationIsAServerError() throws Exception {
		var http = HttpClients.to(port);
		var accounts = new TestAccounts(http);
		var owner = accounts.register(Role.OWNER);
		var buyer = accounts.register(Role.BUYER);
		var admin = accounts.admin();
		var listingId = new ListingsApi(http).createDraft(owner, ListingsApi.listing("Lisboa", 38.71, -9.14));

		var document = JSON.readTree(send(new Request("GET", "/v3/api-docs", List.of(), null)).body());
		var operations = operationsIn(document);
		assertThat(operations).as("the document lists the API's operations").hasSizeGreaterThan(20);

		var errors = errorLog();
		var callers = new LinkedHashMap<String, String>();
		callers.put("anonymous", null);
		callers.put("owner", owner.bearer());
		callers.put("non-owner", buyer.bearer());
		callers.put("admin", admin.bearer());

		var requests = new ArrayList<Labelled>();
		for (var operation : operations) {
			for (var caller : callers.entrySet()) {
				if (operation.path().startsWith("/api/v1/auth/") && operation.method().equals("POST")
						&& !caller.getKey().equals("anonymous") && !caller.getKey().equals("owner")) {
					continue; // the routes for callers without an access token ignore it:
								// two callers are enough
				}
				var sweeps = new Sweeps(!caller.getKey().equals("non-owner") && !caller.getKey().equals("admin"),
						!caller.getKey().equals("anonymous") && !caller.getKey().equals("non-owner"));
				for (var request : malformed(operation, document, listingId, caller.getValue(), sweeps)) {
					requests.add(new Labelled(operation.method() + " " + operation.path() + " as " + caller.getKey(),
							request));
				}
			}
		}
		for (var caller : callers.entrySet()) {
			for (var request : outsideTheDocument(caller.getValue())) {
				requests.add(new Labelled(request.method() + " (not documented) as " + caller.getKey(), request));
			}
		}
		// The admin's and the owner's own sessions go last: a request that logs them out
		// only spoils what follows.
		Collections.shuffle(requests, new Random(11));
		requests.sort(Comparator.comparing(labelled -> labelled.request().path().contains("/auth/")));

		try (var pool = Executors.newFixedThreadPool(4)) {
			for (var labelled : requests) {
				pool.submit(() -> check(labelled));
			}
			pool.shutdown();
			assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
		}

		var logged = errors.list.stream()
			.map(event -> event.getLoggerName() + ": " + event.getFormattedMessage())
			.distinct()
			.toList();
		errors.stop();
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(errors);
		failures.sorted().stream().map(failure -> "fuzz failure " + failure).forEach(System.out::println);
		millis.entrySet()
			.stream()
			.sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
			.limit(8)
			.forEach(entry -> System.out.println("fuzz time " + entry.getValue().sum() + " ms " + entry.getKey()));
		System.out.println("fuzz requests " + requests.size());
		assertThat(requests).as("requests sent").hasSizeGreaterThan(1000);
		assertThat(failures.sorted()).as("answers that were not a 4xx problem (of %d requests)", requests.size())
			.isEmpty();
		assertThat(logged).as("errors logged while answering malformed requests").isEmpty();
	}

	private void check(Labelled labelled) {
		try {
			var started = System.nanoTime();
			var answer = send(labelled.request());
			millis.computeIfAbsent(labelled.operation().replaceAll(" as .*", ""), key -> new LongAdder())
				.add((System.nanoTime() - started) / 1_000_000);
			var contentType = answer.header("content-type");
			if (answer.status() >= 500) {
				failures.add(answer.status() + " " + labelled);
			}
			else if (answer.status() >= 400 && !labelled.request().method().equals("HEAD")
					&& (contentType == null || !contentType.startsWith("application/problem+json"))) {
				failures.add(answer.status() + " without a problem (" + contentType + ") " + labelled);
			}
			else if (answer.status() >= 400 && answer.header("x-content-type-options") == null) {
				failures.add(answer.status() + " without the security headers " + labelled);
			}
		}
		catch (IOException | RuntimeException ex) {
			failures.add("no answer (" + ex + ") " + labelled);
		}
	}

	// ---- the operations of the document

	record Operation(String method, String path, List<JsonNode> parameters, JsonNode requestBody) {
	}

	private static List<Operation> operationsIn(JsonNode document) {
		var operations = new ArrayList<Operation>();
		for (var path : document.get("paths").properties()) {
			for (var method : path.getValue().properties()) {
				// The probe is a test's own controller, failing on purpose.
				if (!List.of("get", "put", "post", "delete", "patch").contains(method.getKey())
						|| path.getKey().startsWith("/api/v1/probe/")) {
					continue;
				}
				var parameters = new ArrayList<JsonNode>();
				var operation = method.getValue();
				if (operation.has("parameters")) {
					operation.get("parameters").forEach(parameter -> parameters.add(resolve(document, parameter)));
				}
				operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters,
						operation.has("requestBody") ? resolve(document, operation.get("requestBody")) : null));
			}
		}
		return operations;
	}

	/**
	 * Which callers get the long sweeps: every bad value of every parameter (anonymous
	 * callers and the owner: who is calling changes little about reading parameters),
	 * every field of the body given a wrong value (the owner and the admin, whom no 401
	 * or 403 stops before the body is read). Headers and kinds of body go to every
	 * caller.
	 */
	record Sweeps(boolean parameters, boolean fields) {
	}

	private List<Request> malformed(Operation operation, JsonNode document, UUID listingId, String bearer,
			Sweeps sweeps) {
		var requests = new ArrayList<Request>();
		var pathParameters = operation.parameters()
			.stream()
			.filter(p -> "path".equals(p.path("in").asString()))
			.toList();
		var queryParameters = operation.parameters()
			.stream()
			.filter(p -> "query".equals(p.path("in").asString()))
			.toList();
		var path = operation.path();
		for (var parameter : pathParameters) {
			path = path.replace("{" + parameter.get("name").asString() + "}",
					wellFormed(parameter.path("schema"), document, listingId));
		}
		var query = new StringBuilder();
		for (var parameter : queryParameters) {
			if (parameter.path("required").asBoolean(false)) {
				query.append(query.isEmpty() ? "?" : "&")
					.append(parameter.get("name").asString())
					.append('=')
					.append(wellFormed(parameter.path("schema"), document, listingId));
			}
		}
		var target = path + query;
		var auth = bearer == null ? List.<String[]>of() : Collections.singletonList(header("Authorization", bearer));
		var hasBody = operation.requestBody() != null;
		var json = hasBody ? operation.requestBody().path("content").has("application/json")
				|| operation.requestBody().path("content").has("application/merge-patch+json") : false;
		var jsonType = hasBody && operation.requestBody().path("content").has("application/merge-patch+json")
				? "application/merge-patch+json" : "application/json";
		var sample = hasBody && json ? sample(schemaOf(operation.requestBody(), jsonType), document, listingId, 0)
				: null;
		var sampleBody = sample == null ? null : sample.toString();

		// Each path parameter given what it must not be.
		for (var parameter : sweeps.parameters() ? pathParameters : List.<JsonNode>of()) {
			for (var bad : BAD_VALUES) {
				var badPath = operation.path();
				for (var other : pathParameters) {
					badPath = badPath.replace("{" + other.get("name").asString() + "}",
							other == parameter ? bad : wellFormed(other.path("schema"), document, listingId));
				}
				requests.add(new Request(operation.method(), badPath + query, auth, body(jsonType, sampleBody)));
			}
		}
		// Each query parameter (and one nobody declared) given what it must not be, also
		// twice.
		var names = new ArrayList<String>();
		queryParameters.forEach(parameter -> names.add(parameter.get("name").asString()));
		names.add("q");
		for (var name : sweeps.parameters() ? names : List.<String>of()) {
			for (var bad : BAD_VALUES) {
				requests.add(new Request(operation.method(), target + (query.isEmpty() ? "?" : "&") + name + "=" + bad,
						auth, body(jsonType, sampleBody)));
			}
			requests.add(
					new Request(operation.method(), target + (query.isEmpty() ? "?" : "&") + name + "=1&" + name + "=2",
							auth, body(jsonType, sampleBody)));
		}
		requests.add(new Request(operation.method(), target + (query.isEmpty() ? "?" : "&") + "%=1", auth,
				body(jsonType, sampleBody)));
		requests.add(new Request(operation.method(), target + (query.isEmpty() ? "?" : "&") + "%zz", auth,
				body(jsonType, sampleBody)));

		// Headers no request should carry.
		for (var bad : List.of(header("Accept", ";;;"), header("Accept", "application/yaml"),
				header("Accept", "application/xml"), header("Accept", "text/html;q=x"), header("Accept", "*/*;q=2"),
				header("Accept", "application/json;charset=nope"), header("Accept-Charset", "nope"),
				header("Accept-Language", "%%%"), header("If-Match", "W/*"), header("If-Match", "**"),
				header("If-Match", " "), header("If-Match", "\"unterminated"), header("If-Match", "W/\"1\""),
				header("If-Match", "\"99999999999999999999999\""), header("If-None-Match", "**"),
				header("If-Modified-Since", "yesterday"), header("Idempotency-Key", "\u0001"),
				header("Idempotency-Key", "k".repeat(2000)), header("X-Long", "h".repeat(9000)),
				header("Origin", "null"), header("Range", "bytes=9-1"), header("Authorization", "Bearer"),
				header("Authorization", "Basic Og=="), header("Content-Length", "-1"))) {
			var headers = new ArrayList<>(auth);
			if (bad[0].equals("Authorization")) {
				headers.clear();
			}
			headers.add(bad);
			requests.add(new Request(operation.method(), target, headers, body(jsonType, sampleBody)));
		}

		// Bodies of the wrong kind, for every operation that may carry one.
		if (hasBody || !operation.method().equals("GET") && !operation.method().equals("DELETE")) {
			for (var content : List.of(new Body("*/*", "{}"), new Body("application/yaml", "title: x\nrole: ADMIN\n"),
					new Body("application/x-yaml", "status: ACTIVE\n"), new Body("text/plain", "hello"),
					new Body("application/xml", "<a/>"), new Body("application/cbor", "\u00a0"),
					new Body("application/x-www-form-urlencoded", "a=%&b=%zz&c=%00"),
					new Body("multipart/form-data", "--x\r\n\r\n--x--\r\n"),
					new Body("multipart/form-data; boundary=", "--\r\n"),
					new Body("multipart/form-data; boundary=abc", "--xyz\r\nContent-Disposition: form-data\r\n\r\nv"),
					new Body("multipart/form-data; boundary=abc",
							"--abc\r\nContent-Disposition: form-data; name=\"file\";"
									+ " filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\nnot a png\r\n--abc--\r\n"),
					new Body("application/json; charset=nope", "{}"), new Body("application/json", "{"),
					new Body("application/json", ""), new Body("application/json", "null"),
					new Body("application/json", "[]"), new Body("application/json", "\"\\u0000\""),
					new Body("application/json", "1e999999"), new Body("application/json", "[".repeat(5000)),
					new Body("application/json", "{\"a\":\"\\ud800\"}"), new Body("application/json", "\u0000"),
					new Body(jsonType, "{\"status\": 1, \"bedrooms\": 2.7, \"title\": \"\\u0000\"}"))) {
				requests.add(new Request(operation.method(), target, auth, content));
			}
			requests.add(new Request(operation.method(), target, auth, null));
		}
		// The documented body with one field at a time of the wrong type, holding a NUL
		// or far too long.
		if (sweeps.fields() && sample instanceof ObjectNode object) {
			for (var field : object.propertyNames()) {
				for (var bad : List.<JsonNode>of(NODES.stringNode("a\u0000b"), NODES.numberNode(1),
						NODES.numberNode(2.7), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(),
						NODES.nullNode(), NODES.stringNode("x".repeat(100_000)),
						NODES.numberNode(new BigDecimal("1e400")), NODES.stringNode("1"))) {
					var copy = object.deepCopy();
					copy.set(field, bad);
					requests.add(new Request(operation.method(), target, auth, new Body(jsonType, copy.toString())));
				}
			}
			var nul = nulInEveryString(object.deepCopy());
			requests.add(new Request(operation.method(), target, auth, new Body(jsonType, nul.toString())));
		}
		// Uploads: what a multipart form documents, with a broken file.
		if (hasBody && operation.requestBody().path("content").has("multipart/form-data")) {
			for (var file : List.of("not an image",
					new String(Base64.getDecoder().decode(PNG_1x1), StandardCharsets.ISO_8859_1),
					"\u0089PNG\r\n\u001a\n\u0000\u0000")) {
				requests.add(new Request(operation.method(), target, auth, new Body("multipart/form-data; boundary=b",
						"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%zz\u0000.png\"\r\n"
								+ "Content-Type: */*\r\n\r\n" + file + "\r\n--b\r\nContent-Disposition: form-data; "
								+ "name=\"altText\"\r\n\r\na\u0000b\r\n--b--\r\n")));
			}
		}
		return requests;
	}

	/**
	 * Requests to what the document does not (or must not) list: the error page, broken
	 * paths.
	 */
	private static List<Request> outsideTheDocument(String bearer) {
		var auth = bearer == null ? List.<String[]>of() : Collections.singletonList(header("Authorization", bearer));
		var requests = new ArrayList<Request>();
		for (var method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
			requests.add(new Request(method, "/error", auth, new Body("application/json", "{}")));
			requests.add(new Request(method, "/error?q=%", auth, null));
			requests.add(new Request(method, "/api/v1/listings%2Fx", auth, null));
			requests.add(new Request(method, "/api/v1/%", auth, null));
			requests.add(new Request(method, "/api/v1/listings/%00", auth, null));
			requests.add(new Request(method, "/api/v1/listings;jsessionid=1", auth, null));
			requests.add(new Request(method, "/api/v1/../../etc/passwd", auth, null));
			requests.add(new Request(method, "/api/v1/listings",
					Collections.singletonList(header("X-Huge", "h".repeat(9000))), null));
		}
		requests.add(new Request("TRACE", "/api/v1/listings", auth, null));
		requests.add(new Request("FOO", "/api/v1/listings", auth, null));
		return requests;
	}

	private static JsonNode resolve(JsonNode document, JsonNode node) {
		var seen = 0;
		while (node != null && node.has("$ref") && seen++ < 10) {
			var pointer = node.get("$ref").asString().substring(1);
			node = document.at(pointer);
		}
		return node;
	}

	private static JsonNode schemaOf(JsonNode requestBody, String contentType) {
		return requestBody.path("content").path(contentType).path("schema");
	}

	private static String wellFormed(JsonNode schema, JsonNode document, UUID listingId) {
		schema = resolve(document, schema);
		var type = schema.path("type").isArray() ? schema.path("type").get(0).asString()
				: schema.path("type").asString();
		if ("uuid".equals(schema.path("format").asString())) {
			return listingId.toString();
		}
		if (schema.has("enum")) {
			return schema.get("enum").get(0).asString();
		}
		return switch (type) {
			case "integer", "number" -> "1";
			case "boolean" -> "true";
			default -> "x";
		};
	}

	/**
	 * A value of the shape the schema describes, so that one change at a time makes it
	 * wrong.
	 */
	private static JsonNode sample(JsonNode schema, JsonNode document, UUID listingId, int depth) {
		schema = resolve(document, schema);
		if (schema == null || schema.isMissingNode() || depth > 4) {
			return NODES.nullNode();
		}
		for (var combinator : List.of("allOf", "oneOf", "anyOf")) {
			if (schema.has(combinator)) {
				return sample(schema.get(combinator).get(0), document, listingId, depth + 1);
			}
		}
		if (schema.has("enum")) {
			return schema.get("enum").get(0);
		}
		var type = schema.path("type").isArray() ? schema.path("type").get(0).asString()
				: schema.path("type").asString();
		if (type.isEmpty() && schema.has("properties")) {
			type = "object";
		}
		return switch (type) {
			case "object" -> {
				var object = NODES.objectNode();
				schema.path("properties")
					.properties()
					.forEach(property -> object.set(property.getKey(),
							sample(property.getValue(), document, listingId, depth + 1)));
				yield object;
			}
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				array.add(sample(schema.path("items"), document, listingId, depth + 1));
				yield array;
			}
			case "integer" -> NODES.numberNode(1);
			case "number" -> NODES.numberNode(1.5);
			case "boolean" -> NODES.booleanNode(true);
			case "string" -> switch (schema.path("format").asString()) {
				case "uuid" -> NODES.stringNode(listingId.toString());
				case "email" -> NODES.stringNode("fuzz@test.luxestate.dev");
				case "date-time" -> NODES.stringNode("2026-01-01T00:00:00Z");
				case "date" -> NODES.stringNode("2026-01-01");
				case "uri" -> NODES.stringNode("https://example.com/");
				default -> NODES.stringNode("x");
			};
			default -> NODES.nullNode();
		};
	}

	private static JsonNode nulInEveryString(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (var field : object.propertyNames()) {
				var value = object.get(field);
				object.set(field,
						value.isString() ? NODES.stringNode(value.asString() + "\u0000") : nulInEveryString(value));
			}
		}
		return node;
	}

	// ---- raw HTTP

	record Body(String contentType, String content) {
	}

	record Request(String method, String path, List<String[]> headers, Body body) {
	}

	record Labelled(String operation, Request request) {

		@Override
		public String toString() {
			var shown = request.path().length() > 120 ? request.path().substring(0, 120) + "…" : request.path();
			var headers = request.headers()
				.stream()
				.filter(h -> !h[0].equals("Authorization") || !h[1].startsWith("Bearer ey"))
				.map(h -> h[0] + ": " + abbreviated(h[1]))
				.toList();
			return operation + ": " + request.method() + " " + shown + " " + headers + (request.body() == null ? ""
					: " " + request.body().contentType() + " " + abbreviated(request.body().content()));
		}

		private static String abbreviated(String value) {
			var shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
			return shown.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
		}
	}

	record Answer(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return headers.get(name);
		}
	}

	private static String[] header(String name, String value) {
		return new String[] { name, value };
	}

	private static Body body(String contentType, String content) {
		return content == null ? null : new Body(contentType, content);
	}

	private Answer send(Request request) throws IOException {
		try (var socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			var out = new ByteArrayOutputStream();
			var head = new StringBuilder(request.method() + " " + request.path() + " HTTP/1.1\r\nHost: localhost\r\n"
					+ "Connection: close\r\n");
			request.headers().forEach(h -> head.append(h[0]).append(": ").append(h[1]).append("\r\n"));
			byte[] content = null;
			if (request.body() != null) {
				content = request.body()
					.content()
					.getBytes(StandardCharsets.ISO_8859_1.newEncoder().canEncode(request.body().content())
							? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
				head.append("Content-Type: ").append(request.body().contentType()).append("\r\n");
				head.append("Content-Length: ").append(content.length).append("\r\n");
			}
			head.append("\r\n");
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			if (content != null) {
				out.write(content);
			}
			socket.getOutputStream().write(out.toByteArray());
			socket.getOutputStream().flush();
			return read(socket.getInputStream());
		}
	}

	private static Answer read(InputStream in) throws IOException {
		var bytes = in.readAllBytes();
		var text = new String(bytes, StandardCharsets.ISO_8859_1);
		var end = text.indexOf("\r\n\r\n");
		if (!text.startsWith("HTTP/1.1 ") || end < 0) {
			throw new IOException("not an HTTP answer: " + text.substring(0, Math.min(80, text.length())));
		}
		var lines = text.substring(0, end).split("\r\n");
		var headers = new LinkedHashMap<String, String>();
		for (var i = 1; i < lines.length; i++) {
			var colon = lines[i].indexOf(':');
			headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim());
		}
		return new Answer(Integer.parseInt(lines[0].substring(9, 12)), headers, text.substring(end + 4));
	}

	private static ListAppender<ILoggingEvent> errorLog() {
		var appender = new ListAppender<ILoggingEvent>() {
			@Override
			protected void append(ILoggingEvent event) {
				if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
					super.append(event);
				}
			}
		};
		appender.list = Collections.synchronizedList(new ArrayList<>());
		appender.start();
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
		return appender;
	}

	private static final class Queue {

		private final ConcurrentLinkedQueue<String> items = new ConcurrentLinkedQueue<>();

		void add(String failure) {
			items.add(failure);
		}

		List<String> sorted() {
			return items.stream().sorted().toList();
		}

	}

}

package com.luxestate.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Checks every answer an end-to-end test gets against the application's own OpenAPI
 * document: the status is one the operation documents (only 405, 406, 413, 415 and 5xx
 * may fall to {@code default}), the content type is one it documents for that status, and
 * a JSON body matches the schema, required fields and nullness included (JSON Schema
 * 2020-12, OpenAPI 3.1's dialect). Requests outside the document (unknown paths,
 * actuator, the document itself) and to the test-only probe controllers are not checked.
 * A mismatch fails the test that made the request: the document or the code is wrong.
 */
final class ContractCheck implements ClientHttpRequestInterceptor {

	/**
	 * Statuses any operation may answer without listing them: they come from the
	 * container or a bug.
	 */
	private static final Set<Integer> UNLISTED = Set.of(405, 406, 413, 415);

	private static final String PROBES = "/api/v1/probe/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private static final Map<String, ContractCheck> BY_BASE_URL = new ConcurrentHashMap<>();

	private final String baseUrl;

	private volatile JsonNode document;

	private volatile List<Route> routes;

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	private ContractCheck(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	static ContractCheck of(String baseUrl) {
		return BY_BASE_URL.computeIfAbsent(baseUrl, ContractCheck::new);
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		var response = execution.execute(request, body);
		var method = request.getMethod().name().toLowerCase();
		var path = request.getURI().getRawPath();
		// The probes are test-only controllers of the error-handling tests that fail on
		// purpose: not the API.
		if (method.equals("options") || method.equals("head") || path.startsWith("/v3/api-docs")
				|| path.startsWith(PROBES)) {
			return response;
		}
		var route = route(path);
		if (route == null) {
			return response;
		}
		var operation = document().get("paths").get(route.template()).get(method);
		if (operation == null) {
			return response;
		}
		var content = response.getBody().readAllBytes();
		check(method.toUpperCase() + " " + path + " (" + route.template() + ")", operation, response.getStatusCode(),
				response.getHeaders(), content);
		return new Buffered(response, content);
	}

	/** Checks one answer as if a test had received it: how the check itself is tested. */
	void verify(String method, String path, int status, HttpHeaders headers, String body) {
		var route = route(path);
		if (route == null) {
			throw new IllegalArgumentException("not a path of the document: " + path);
		}
		check(method.toUpperCase() + " " + path + " (" + route.template() + ")",
				document().get("paths").get(route.template()).get(method.toLowerCase()), HttpStatusCode.valueOf(status),
				headers, body.getBytes(StandardCharsets.UTF_8));
	}

	private void check(String call, JsonNode operation, HttpStatusCode status, HttpHeaders headers, byte[] content) {
		var responses = operation.get("responses");
		var documented = responses.get(Integer.toString(status.value()));
		if (documented == null) {
			if (!status.is5xxServerError() && !UNLISTED.contains(status.value())) {
				throw new AssertionError("%s answered %d, which the document does not list for it (%s): %s"
					.formatted(call, status.value(), responses.propertyNames(), text(content)));
			}
			documented = responses.get("default");
		}
		if (content.length == 0 || documented == null) {
			return;
		}
		var type = headers.getContentType();
		var media = documented.get("content");
		if (type == null || media == null || !media.has(type.getType() + "/" + type.getSubtype())) {
			throw new AssertionError("%s answered %d as %s, the document says %s".formatted(call, status.value(), type,
					media == null ? "no body" : media.propertyNames()));
		}
		var key = type.getType() + "/" + type.getSubtype();
		if (!key.endsWith("json")) {
			return;
		}
		var pointer = "/paths/" + escape(templateOf(call)) + "/" + call.substring(0, call.indexOf(' ')).toLowerCase()
				+ "/responses/" + (responses.has(Integer.toString(status.value())) ? status.value() : "default")
				+ "/content/" + escape(key) + "/schema";
		var schema = schemas.computeIfAbsent(pointer, this::schemaAt);
		var errors = schema.validate(JSON.readTree(content));
		if (!errors.isEmpty()) {
			throw new AssertionError("%s answered %d with a body the document does not describe:%n  %s%n%s".formatted(
					call, status.value(), String.join("\n  ", errors.stream().map(Object::toString).toList()),
					text(content)));
		}
	}

	/**
	 * The schema at a pointer into the document, with the document's components for its
	 * references.
	 */
	private Schema schemaAt(String pointer) {
		var wrapper = JSON.createObjectNode();
		wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		wrapper.put("$ref", "#/$defs/answer");
		((ObjectNode) wrapper.putObject("$defs")).set("answer", document().at(pointer));
		wrapper.set("components", document().get("components"));
		return SCHEMAS.getSchema(wrapper);
	}

	private static String templateOf(String call) {
		return call.substring(call.indexOf('(') + 1, call.length() - 1);
	}

	private static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}

	private static String text(byte[] content) {
		var text = new String(content, StandardCharsets.UTF_8);
		return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
	}

	private Route route(String path) {
		return routes().stream().filter(route -> route.pattern().matcher(path).matches()).findFirst().orElse(null);
	}

	/**
	 * Paths of the document, those with fewer variables first, so that /listings/mine
	 * wins over /listings/{id}.
	 */
	private List<Route> routes() {
		if (routes == null) {
			routes = document().get("paths")
				.propertyNames()
				.stream()
				.map(template -> new Route(template,
						Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"))))
				.sorted(Comparator
					.comparingLong((Route route) -> route.template().chars().filter(c -> c == '{').count())
					.thenComparing(Route::template))
				.toList();
		}
		return routes;
	}

	private JsonNode document() {
		if (document == null) {
			try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
				var answer = http.send(
						java.net.http.HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() != 200) {
					throw new AssertionError("/v3/api-docs answered " + answer.statusCode());
				}
				document = JSON.readTree(answer.body());
			}
			catch (IOException ex) {
				throw new AssertionError("cannot read /v3/api-docs", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted reading /v3/api-docs", ex);
			}
		}
		return document;
	}

	private record Route(String template, Pattern pattern) {
	}

	/** The response, its body already read for the check, readable again by the test. */
	private record Buffered(ClientHttpResponse response, byte[] content) implements ClientHttpResponse {

		@Override
		public HttpStatusCode getStatusCode() throws IOException {
			return response.getStatusCode();
		}

		@Override
		public String getStatusText() throws IOException {
			return response.getStatusText();
		}

		@Override
		public HttpHeaders getHeaders() {
			return response.getHeaders();
		}

		@Override
		public InputStream getBody() {
			return new ByteArrayInputStream(content);
		}

		@Override
		public void close() {
			response.close();
		}
	}

}

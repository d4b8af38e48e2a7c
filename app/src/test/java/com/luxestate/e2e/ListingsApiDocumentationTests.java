package com.luxestate.e2e;

import static com.luxestate.e2e.ListingsApi.fieldsIn;
import static com.luxestate.e2e.ListingsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document frontends build against says what the listings API does: the
 * parameters it reads, the statuses it answers with, the shapes of its bodies
 * (docs/api.md: "a difference is a bug").
 */
class ListingsApiDocumentationTests extends ListingsEndToEnd {

	static final List<String> SEARCH_PARAMETERS = List.of("q", "purpose", "type", "minPrice", "maxPrice", "currency",
			"minBedrooms", "minBathrooms", "minArea", "maxArea", "city", "country", "features", "bbox", "lat", "lon",
			"radiusKm", "includePending", "sort", "limit", "cursor");

	JsonNode document;

	@BeforeEach
	void readTheDocument() {
		var response = listings.get(null, "/v3/api-docs");
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		document = json(response);
	}

	@Test
	void searchDocumentsEveryQueryParameterItReads() {
		var search = operation("/api/v1/listings", "get");
		var parameters = search.get("parameters");

		assertThat(parameters.valueStream().map(parameter -> parameter.get("name").asString()))
			.containsExactlyInAnyOrderElementsOf(SEARCH_PARAMETERS);
		assertThat(parameters.valueStream().map(parameter -> parameter.get("in").asString())).containsOnly("query");
		assertThat(parameter(search, "type").get("schema").get("type").asString()).isEqualTo("array");
		assertThat(enumOf(parameter(search, "type").get("schema").get("items"))).contains("APARTMENT", "VILLA");
		assertThat(enumOf(parameter(search, "purpose").get("schema"))).containsExactly("SALE", "RENT");
		assertThat(enumOf(parameter(search, "sort").get("schema"))).containsExactly("relevance", "newest", "price_asc",
				"price_desc", "distance");
		assertThat(parameter(search, "limit").get("schema").get("maximum").asInt()).isEqualTo(100);
		assertThat(parameter(search, "minPrice").get("schema").get("type").asString()).isEqualTo("number");
		assertThat(parameter(search, "q").get("description").asString()).isNotBlank();
		assertThat(listShape(search.get("responses").get("200"))).containsExactlyInAnyOrder("items", "nextCursor",
				"total");
	}

	@Test
	void everyDocumentedSearchParameterIsOneTheApiReads() {
		// Each single-valued parameter the API reads is refused when repeated, by its
		// name; type may repeat.
		for (var name : SEARCH_PARAMETERS) {
			if (name.equals("type")) {
				assertThat(listings.get(null, "/api/v1/listings?type=HOUSE&type=VILLA").getStatusCode().value())
					.isEqualTo(200);
				continue;
			}
			var repeated = listings.get(null, "/api/v1/listings?" + name + "=1&" + name + "=2");
			assertThat(repeated.getStatusCode().value()).as(name).isEqualTo(400);
			assertThat(fieldsIn(repeated)).as(name).containsExactly(name);
		}
	}

	@Test
	void statusCodesAreTheOnesTheApiAnswersWith() {
		assertThat(responses("/api/v1/listings", "post")).contains("201").doesNotContain("200");
		assertThat(operation("/api/v1/listings", "post").get("responses").get("201").get("headers").propertyNames())
			.contains("Location", "ETag");
		assertThat(responses("/api/v1/listings/{id}/images", "post")).contains("201", "412", "413", "415")
			.doesNotContain("200");
		assertThat(operation("/api/v1/listings/{id}/images", "post").get("responses")
			.get("201")
			.get("headers")
			.propertyNames()).contains("Location", "ETag");
		assertThat(responses("/api/v1/listings/{id}", "delete")).contains("204", "412").doesNotContain("200");
		assertThat(responses("/api/v1/listings/{id}/images/{imageId}", "delete")).contains("204", "412")
			.doesNotContain("200");
		var stale = operation("/api/v1/listings/{id}", "patch").get("responses").get("412");
		assertThat(stale.get("content").get("application/problem+json").get("schema").get("$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
		assertThat(document.get("components")
			.get("schemas")
			.get("Problem")
			.get("properties")
			.get("status")
			.get("type")
			.asString()).isEqualTo("integer");
	}

	@Test
	void everyChangeDocumentsIfMatchAndEveryAnswerOfAListingItsETag() {
		for (var change : List.of(List.of("/api/v1/listings/{id}", "patch"), List.of("/api/v1/listings/{id}", "delete"),
				List.of("/api/v1/listings/{id}/status", "post"), List.of("/api/v1/listings/{id}/images", "post"),
				List.of("/api/v1/listings/{id}/images/order", "put"),
				List.of("/api/v1/listings/{id}/images/{imageId}/primary", "post"),
				List.of("/api/v1/listings/{id}/images/{imageId}", "delete"))) {
			var ifMatch = parameter(operation(change.get(0), change.get(1)), "If-Match");
			assertThat(ifMatch.get("in").asString()).as(change.toString()).isEqualTo("header");
			assertThat(ifMatch.get("description").asString()).as(change.toString()).contains("W/");
		}
		for (var read : List.of(List.of("/api/v1/listings/{id}", "get", "200"),
				List.of("/api/v1/listings/{id}", "patch", "200"),
				List.of("/api/v1/listings/{id}/status", "post", "200"),
				List.of("/api/v1/listings/{id}/images/order", "put", "200"),
				List.of("/api/v1/listings/{id}/images/{imageId}/primary", "post", "200"),
				List.of("/api/v1/listings/{id}/images/{imageId}", "delete", "204"))) {
			assertThat(operation(read.get(0), read.get(1)).get("responses")
				.get(read.get(2))
				.get("headers")
				.propertyNames()).as(read.toString()).contains("ETag");
		}
	}

	@Test
	void bodiesAreTyped() {
		var patch = operation("/api/v1/listings/{id}", "patch").get("requestBody").get("content");
		assertThat(patch.propertyNames()).contains("application/merge-patch+json");
		var patchSchema = schema(patch.get("application/merge-patch+json").get("schema"));
		assertThat(patchSchema.get("properties").propertyNames())
			.containsExactlyInAnyOrderElementsOf(schema("ListingRequest").get("properties").propertyNames());
		assertThat(patchSchema.has("required")).as("every field of a patch is optional").isFalse();
		assertThat(schema(patchSchema.get("properties").get("price")).has("required")).isFalse();

		var upload = operation("/api/v1/listings/{id}/images", "post");
		assertThat(upload.get("parameters").valueStream().map(parameter -> parameter.get("name").asString()))
			.doesNotContain("altText", "file");
		assertThat(schema(upload.get("requestBody").get("content").get("multipart/form-data").get("schema"))
			.get("properties")
			.propertyNames()).containsExactlyInAnyOrder("file", "altText");

		assertThat(listShape(operation("/api/v1/listings/mine", "get").get("responses").get("200")))
			.containsExactlyInAnyOrder("items", "nextCursor", "total");
		assertThat(listShape(operation("/api/v1/listings/{id}/similar", "get").get("responses").get("200")))
			.containsExactly("items");
		assertThat(schema("JsonNode")).isNull();
		assertThat(schema("MultiValueMapStringString")).isNull();
	}

	private JsonNode operation(String path, String method) {
		var operation = document.get("paths").get(path).get(method);
		assertThat(operation).as(method + " " + path).isNotNull();
		return operation;
	}

	private Set<String> responses(String path, String method) {
		return Set.copyOf(operation(path, method).get("responses").propertyNames());
	}

	private static JsonNode parameter(JsonNode operation, String name) {
		return operation.get("parameters")
			.valueStream()
			.filter(parameter -> parameter.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no parameter " + name));
	}

	private static List<String> enumOf(JsonNode schema) {
		return schema.get("enum").valueStream().map(JsonNode::asString).toList();
	}

	/** The properties of a response's JSON body, following a reference. */
	private Set<String> listShape(JsonNode response) {
		var body = response.get("content").values().iterator().next();
		return Set.copyOf(schema(body.get("schema")).get("properties").propertyNames());
	}

	private JsonNode schema(JsonNode schemaOrReference) {
		var reference = schemaOrReference.get("$ref");
		return reference == null ? schemaOrReference
				: schema(reference.asString().substring("#/components/schemas/".length()));
	}

	private JsonNode schema(String name) {
		return document.get("components").get("schemas").get(name);
	}

}

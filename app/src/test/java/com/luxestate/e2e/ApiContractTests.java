package com.luxestate.e2e;

import static com.luxestate.e2e.ListingsApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.luxestate.identity.Role;

/**
 * The OpenAPI document is a contract a typed client can trust: required and nullable
 * fields from the code, JSON content types, only the roles registration accepts, the
 * problems each operation can answer, examples.
 */
class ApiContractTests extends ListingsEndToEnd {

	JsonNode document;

	@BeforeEach
	void readTheDocument() {
		document = json(listings.get(null, "/v3/api-docs"));
	}

	@Test
	void answersListEveryFieldAsRequiredAndTheNullableOnesAsNullable() {
		var listing = schema("ListingResponse");
		assertThat(listing.get("required").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrderElementsOf(listing.get("properties").propertyNames());
		assertThat(types(listing.get("properties").get("publishedAt"))).containsExactlyInAnyOrder("string", "null");
		assertThat(types(listing.get("properties").get("lotArea"))).containsExactlyInAnyOrder("number", "null");
		assertThat(types(listing.get("properties").get("id"))).containsExactly("string");
		assertThat(types(listing.get("properties").get("title"))).containsExactly("string");
		assertThat(listing.get("properties")
			.get("location")
			.get("anyOf")
			.valueStream()
			.map(alternative -> alternative.has("$ref") ? "ref" : alternative.get("type").asString()))
			.containsExactlyInAnyOrder("ref", "null");
		assertThat(types(schema("UserResponse").get("properties").get("phone"))).contains("null");
		assertThat(types(schema("PageListingHitResponse").get("properties").get("nextCursor"))).contains("null");
		assertThat(schema("PageListingHitResponse").get("required").valueStream().map(JsonNode::asString))
			.contains("items", "nextCursor", "total");
	}

	@Test
	void requestBodiesMayLeaveOutTheirNullableFields() {
		var register = schema("RegisterRequest");
		assertThat(register.get("required").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("email",
				"password", "firstName", "lastName");
		assertThat(schema("ListingRequest").get("required").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("title", "purpose", "propertyType", "price", "address");
	}

	@Test
	void registrationOffersOnlyTheRolesItAccepts() {
		var offered = schema("RegisterRequest").get("properties")
			.get("role")
			.get("enum")
			.valueStream()
			.filter(value -> !value.isNull())
			.map(JsonNode::asString)
			.toList();
		assertThat(offered).containsExactlyElementsOf(
				Arrays.stream(Role.values()).filter(Role::isSelfAssignable).map(Role::name).toList());
		assertThat(offered).doesNotContain("ADMIN");
	}

	@Test
	void everyAnswerHasAJsonOrProblemContentTypeAndEveryProblemAnExample() {
		var wildcard = new ArrayList<String>();
		var problemsWithoutExample = new ArrayList<String>();
		forEachOperation((name, operation) -> operation.get("responses").properties().forEach(entry -> {
			var content = entry.getValue().get("content");
			if (content == null) {
				return;
			}
			if (content.has("*/*")) {
				wildcard.add(name + " " + entry.getKey());
			}
			if (entry.getKey().matches("[45]\\d\\d")) {
				var problem = content.get("application/problem+json");
				if (problem == null || !problem.has("example")) {
					problemsWithoutExample.add(name + " " + entry.getKey());
				}
			}
		}));
		assertThat(wildcard).isEmpty();
		assertThat(problemsWithoutExample).isEmpty();
	}

	@Test
	void everyOperationDocumentsTheProblemsItCanAnswer() {
		forEachOperation((name, operation) -> {
			var responses = operation.get("responses");
			// An @ApiResponse for an error alone makes springdoc drop the success it
			// would have guessed.
			assertThat(responses.propertyNames()).as(name).anyMatch(status -> status.startsWith("2"));
			assertThat(responses.has("401")).as(name).isTrue();
			var parameters = operation.has("parameters") ? operation.get("parameters").valueStream().toList()
					: List.<JsonNode>of();
			if (parameters.stream().anyMatch(parameter -> parameter.get("in").asString().equals("path"))) {
				assertThat(responses.has("404")).as(name).isTrue();
			}
			if (operation.has("requestBody") || !parameters.isEmpty()) {
				assertThat(responses.has("400")).as(name).isTrue();
			}
			if (parameters.stream().anyMatch(parameter -> parameter.get("name").asString().equals("If-Match"))) {
				assertThat(responses.has("412")).as(name).isTrue();
			}
		});
		var register = document.get("paths").get("/api/v1/auth/register").get("post").get("responses");
		assertThat(register.has("409")).isTrue();
		var login = document.get("paths").get("/api/v1/auth/login").get("post").get("responses");
		assertThat(login.has("429")).isTrue();
		var create = document.get("paths").get("/api/v1/listings").get("post").get("responses");
		assertThat(create.has("403")).as("a buyer may not create listings").isTrue();
	}

	@Test
	void theMainFieldsHaveExamples() {
		for (var name : List.of("ListingResponse", "ListingRequest", "PageListingHitResponse", "RegisterRequest",
				"LoginRequest", "TokenResponse", "UserResponse")) {
			var withExamples = schema(name).get("properties")
				.valueStream()
				.filter(property -> property.has("example") || property.has("examples"))
				.count();
			assertThat(withExamples).as(name).isGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void theContractCheckCatchesAnAnswerTheDocumentDoesNotDescribe() {
		var check = ContractCheck.of("http://localhost:" + port);
		var json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		var tokens = "{\"accessToken\":\"a\",\"refreshToken\":\"r\",\"tokenType\":\"Bearer\",\"expiresIn\":900}";
		check.verify("POST", "/api/v1/auth/login", 200, json, tokens);

		assertThatThrownBy(() -> check.verify("POST", "/api/v1/auth/login", 200, json,
				"{\"accessToken\":\"a\",\"tokenType\":\"Bearer\",\"expiresIn\":900}"))
			.hasMessageContaining("refreshToken");
		assertThatThrownBy(() -> check.verify("POST", "/api/v1/auth/login", 200, json, tokens.replace("\"r\"", "null")))
			.hasMessageContaining("refreshToken");
		assertThatThrownBy(() -> check.verify("POST", "/api/v1/auth/login", 418, json, tokens))
			.hasMessageContaining("does not list");
		var anything = new HttpHeaders();
		anything.setContentType(MediaType.TEXT_PLAIN);
		assertThatThrownBy(() -> check.verify("POST", "/api/v1/auth/login", 200, anything, tokens))
			.hasMessageContaining("text/plain");
	}

	private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> action) {
		document.get("paths")
			.properties()
			.forEach(path -> path.getValue()
				.properties()
				.forEach(method -> action.accept(method.getKey().toUpperCase() + " " + path.getKey(),
						method.getValue())));
	}

	private static List<String> types(JsonNode property) {
		var type = property.get("type");
		return type.isArray() ? type.valueStream().map(JsonNode::asString).toList() : List.of(type.asString());
	}

	private JsonNode schema(String name) {
		var schema = document.get("components").get("schemas").get(name);
		assertThat(schema).as(name).isNotNull();
		return schema;
	}

}

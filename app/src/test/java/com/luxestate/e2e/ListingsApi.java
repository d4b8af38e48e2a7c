package com.luxestate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import com.luxestate.e2e.TestAccounts.Account;

/**
 * The listings API as a frontend calls it, over real HTTP; every answer comes back as it
 * is, errors included.
 */
final class ListingsApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient http;

	ListingsApi(RestClient http) {
		this.http = http;
	}

	/** A complete listing body (publishable once it has an image), to adjust per test. */
	static Map<String, Object> listing(String city, double lat, double lon) {
		var body = new HashMap<String, Object>();
		body.put("title", "Bright flat in " + city);
		body.put("description", "Sunny rooms, a quiet street and a view of the river.");
		body.put("purpose", "SALE");
		body.put("propertyType", "APARTMENT");
		body.put("price", Map.of("amount", 250000, "currency", "EUR"));
		body.put("address", Map.of("street", "Rua da Prata 12", "city", city, "region", "Lisboa", "postalCode",
				"1100-148", "country", "PT"));
		body.put("addressVisibility", "FULL");
		body.put("location", Map.of("lat", lat, "lon", lon));
		body.put("bedrooms", 2);
		body.put("bathrooms", 1.5);
		body.put("livingArea", 85.0);
		body.put("yearBuilt", 1910);
		body.put("features", List.of("balcony", "elevator"));
		return body;
	}

	ResponseEntity<String> create(Account owner, Map<String, Object> body) {
		return http.post()
			.uri("/api/v1/listings")
			.header(HttpHeaders.AUTHORIZATION, owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(String.class);
	}

	UUID createDraft(Account owner, Map<String, Object> body) {
		var created = create(owner, body);
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		return UUID.fromString(json(created).get("id").asString());
	}

	/** Creates, adds an image and publishes: a listing everyone can find. */
	UUID publish(Account owner, Map<String, Object> body) {
		var id = createDraft(owner, body);
		assertThat(upload(owner, id, png(64, 48), "photo.png").getStatusCode().value()).isEqualTo(201);
		assertThat(changeStatus(owner, id, "ACTIVE", null).getStatusCode().value()).isEqualTo(200);
		return id;
	}

	ResponseEntity<String> get(Account caller, String path) {
		var request = http.get().uri(path);
		if (caller != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
		}
		return request.retrieve().toEntity(String.class);
	}

	ResponseEntity<byte[]> download(String path) {
		return http.get().uri(path).retrieve().toEntity(byte[].class);
	}

	ResponseEntity<String> patch(Account caller, UUID id, String ifMatch, Object patch) {
		var request = http.patch()
			.uri("/api/v1/listings/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, caller.bearer())
			.contentType(MediaType.valueOf("application/merge-patch+json"));
		if (ifMatch != null) {
			request = request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.body(patch).retrieve().toEntity(String.class);
	}

	ResponseEntity<String> changeStatus(Account caller, UUID id, String status, String ifMatch) {
		var request = http.post()
			.uri("/api/v1/listings/{id}/status", id)
			.header(HttpHeaders.AUTHORIZATION, caller.bearer())
			.contentType(MediaType.APPLICATION_JSON);
		if (ifMatch != null) {
			request = request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.body(Map.of("status", status)).retrieve().toEntity(String.class);
	}

	ResponseEntity<String> delete(Account caller, String path) {
		return http.delete()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, caller.bearer())
			.retrieve()
			.toEntity(String.class);
	}

	ResponseEntity<String> post(Account caller, String path, Object body) {
		return http.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, caller.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(String.class);
	}

	ResponseEntity<String> put(Account caller, String path, Object body) {
		return http.put()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, caller.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(String.class);
	}

	/** A multipart upload whose part claims to be a JPEG, whatever it really is. */
	ResponseEntity<String> upload(Account caller, UUID id, byte[] content, String fileName) {
		return upload(caller, id, content, fileName, null);
	}

	ResponseEntity<String> upload(Account caller, UUID id, byte[] content, String fileName, String ifMatch) {
		var parts = new LinkedMultiValueMap<String, Object>();
		var headers = new HttpHeaders();
		headers.setContentType(MediaType.IMAGE_JPEG);
		headers.setContentDispositionFormData("file", fileName);
		parts.add("file", new org.springframework.http.HttpEntity<>(new ByteArrayResource(content), headers));
		parts.add("altText", "Living room");
		var request = http.post()
			.uri("/api/v1/listings/{id}/images", id)
			.header(HttpHeaders.AUTHORIZATION, caller.bearer());
		if (ifMatch != null) {
			request = request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(String.class);
	}

	/**
	 * Any request, with an {@code If-Match} header unless it is {@code null}, and a JSON
	 * body unless that is.
	 */
	ResponseEntity<String> send(HttpMethod method, Account caller, String path, Object body, String ifMatch) {
		var request = http.method(method).uri(path).header(HttpHeaders.AUTHORIZATION, caller.bearer());
		if (ifMatch != null) {
			request = request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.retrieve().toEntity(String.class);
	}

	/** Ids of the listings a search finds on its first page. */
	List<UUID> searchIds(String query) {
		var page = json(get(null, "/api/v1/listings?" + query));
		assertThat(page.has("items")).as("search answered %s", page).isTrue();
		return page.get("items").valueStream().map(item -> UUID.fromString(item.get("id").asString())).toList();
	}

	static JsonNode json(ResponseEntity<String> response) {
		return JSON.readTree(response.getBody());
	}

	static List<String> fieldsIn(ResponseEntity<String> problem) {
		return json(problem).get("errors").valueStream().map(error -> error.get("field").asString()).toList();
	}

	static byte[] png(int width, int height) {
		return com.luxestate.listings.testing.TestImages.png(width, height);
	}

}

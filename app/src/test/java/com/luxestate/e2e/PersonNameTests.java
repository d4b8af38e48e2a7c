package com.luxestate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import com.luxestate.identity.Role;

/**
 * Names go into mails ("Hello Ann,"), so a name that could pose as the service's own text
 * is refused, at registration and when the profile changes: line breaks and other control
 * characters, and links.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonNameTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final List<String> NOT_NAMES = List.of("Ann\nYour account is locked", "Ann\r", "Tab\tby", "Zero\u200Bwidth",
			"Ann\u202Eevil", "Visit http://evil.example", "www.evil", "evil.com", "Call me: EVIL.COM now", "a@b",
			"ftp://files", "Line\u2028separator");

	static final List<String> NAMES = List.of("Ann", "Jean-Luc", "O'Neil", "St. John", "J. R. R.", "José María",
			"Zoë Æsir", "李小龙", "van der Berg");

	@LocalServerPort
	int port;

	private RestClient http;

	@BeforeEach
	void connect() {
		http = HttpClients.to(port);
	}

	@Test
	void registrationRefusesNamesThatCouldPoseAsTheServicesText() {
		for (var name : NOT_NAMES) {
			var first = register(name, "Example");
			assertThat(first.getStatusCode().value()).as(name).isEqualTo(400);
			assertThat(first.getBody()).as(name).contains("validation-failed").contains("\"field\":\"firstName\"");

			var last = register("Ann", name);
			assertThat(last.getStatusCode().value()).as(name).isEqualTo(400);
			assertThat(last.getBody()).as(name).contains("\"field\":\"lastName\"");
		}
		for (var name : NAMES) {
			assertThat(register(name, name).getStatusCode().value()).as(name).isEqualTo(201);
		}
	}

	@Test
	void aProfileChangeRefusesThemToo() {
		var user = new TestAccounts(http).register(Role.BUYER);
		for (var name : NOT_NAMES) {
			for (var field : List.of("firstName", "lastName")) {
				var patched = call(HttpMethod.PATCH, "/api/v1/users/me", user.accessToken(), Map.of(field, name));
				assertThat(patched.getStatusCode().value()).as(name).isEqualTo(400);
				assertThat(patched.getBody()).as(name).contains("\"field\":\"" + field + "\"");
			}
		}
		var me = JSON.readTree(call(HttpMethod.GET, "/api/v1/users/me", user.accessToken(), null).getBody());
		assertThat(me.get("firstName").asString()).as("nothing changed").isEqualTo("Test");

		var renamed = call(HttpMethod.PATCH, "/api/v1/users/me", user.accessToken(),
				Map.of("firstName", "St. John", "lastName", "O'Neil"));
		assertThat(renamed.getStatusCode().value()).isEqualTo(200);
	}

	private ResponseEntity<String> register(String firstName, String lastName) {
		return call(HttpMethod.POST, "/api/v1/auth/register", null,
				Map.of("email", "name-" + System.nanoTime() + "@example.com", "password",
						"a long and unusual test passphrase", "firstName", firstName, "lastName", lastName));
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

}

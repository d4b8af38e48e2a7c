package com.luxestate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import com.luxestate.listings.ListingModeration;

/**
 * The demo data set as a frontend meets it (README, "Demo data and benchmark"): demo
 * owners and agents log in with the documented password, their listings carry the
 * verified-agent badge exactly when identity says they are verified, and every public
 * listing shows a picture that downloads, at its own address though many share its file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "luxestate.demo.listings=250", "luxestate.demo.seed=5",
				"spring.datasource.hikari.maximum-pool-size=4" })
// A context of its own that no other test shares: closed when done, so that it holds no
// connections meanwhile.
@DirtiesContext
class DemoDataTests {

	/** Every demo account's password, as the README documents it. */
	static final String PASSWORD = "luxestate demo password";

	static final Path MEDIA = scratchDirectory();

	@LocalServerPort
	int port;

	private final ListingModeration moderation;

	private final JdbcTemplate jdbc;

	private RestClient http;

	private ListingsApi listings;

	DemoDataTests(ListingModeration moderation, JdbcTemplate jdbc) {
		this.moderation = moderation;
		this.jdbc = jdbc;
	}

	@DynamicPropertySource
	static void mediaDirectory(DynamicPropertyRegistry registry) {
		registry.add("luxestate.media.local.directory", MEDIA::toString);
	}

	@BeforeEach
	void connect() {
		http = HttpClients.to(port);
		listings = new ListingsApi(http);
	}

	@Test
	void aVerifiedDemoAgentLogsInAndTheirListingsShowTheBadgeAndAPicture() {
		var agent = logIn("agent-000001@demo.luxestate.dev");

		assertThat(agent.me().get("role").asString()).isEqualTo("AGENT");
		assertThat(agent.me().get("emailVerified").asBoolean()).isTrue();
		var profile = ListingsApi.json(listings.get(null, "/api/v1/agents/" + agent.account().id()));
		assertThat(profile.get("verified").asBoolean()).isTrue();
		assertListingsOf(agent.account(), true);
	}

	@Test
	void aDemoOwnerLogsInAndTheirListingsCarryNoBadge() {
		var owner = logIn("owner-000001@demo.luxestate.dev");

		assertThat(owner.me().get("role").asString()).isEqualTo("OWNER");
		assertThat(owner.me().get("emailVerified").asBoolean()).isTrue();
		assertListingsOf(owner.account(), false);
	}

	@Test
	void searchResultsShowThePicturesOfDemoListings() {
		var page = ListingsApi.json(listings.get(null, "/api/v1/listings?sort=newest&limit=50"));

		assertThat(page.get("items").valueStream()).hasSize(50).allSatisfy(hit -> {
			var thumbnail = listings.download(hit.get("primaryImage").get("thumbnail").asString());
			assertThat(thumbnail.getStatusCode().value()).isEqualTo(200);
			assertThat(thumbnail.getBody()).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
		});
	}

	@Test
	void aTakenDownListingsPictureIsWithheldWhereItShowsThatListingOnly() {
		// Two public listings showing the same picture: their image rows share the files.
		var shared = jdbc.queryForMap("SELECT a.listing_id AS withheld, a.image_id AS withheld_image, "
				+ "b.listing_id AS shown, b.image_id AS shown_image FROM listings.listing_image a "
				+ "JOIN listings.listing_image b ON b.storage_key = a.storage_key AND b.listing_id <> a.listing_id "
				+ "JOIN listings.listing la ON la.id = a.listing_id JOIN listings.listing lb ON lb.id = b.listing_id "
				+ "WHERE la.status = 'ACTIVE' AND lb.status = 'ACTIVE' LIMIT 1");
		var withheld = (UUID) shared.get("withheld");
		var withheldImage = "/media/listings/%s/%s/large.jpg".formatted(withheld, shared.get("withheld_image"));
		var shownImage = "/media/listings/%s/%s/large.jpg".formatted(shared.get("shown"), shared.get("shown_image"));
		assertThat(listings.download(withheldImage).getStatusCode().value()).isEqualTo(200);

		moderation.takeDown(withheld, "demo of a take-down", UUID.randomUUID());
		try {
			assertThat(listings.download(withheldImage).getStatusCode().value()).isEqualTo(404);
			assertThat(listings.download(shownImage).getStatusCode().value()).isEqualTo(200);
		}
		finally {
			moderation.restore(withheld, UUID.randomUUID());
		}
	}

	private record LoggedIn(TestAccounts.Account account, JsonNode me) {
	}

	/** Logs in over HTTP with the documented password, and asks who that is. */
	private LoggedIn logIn(String email) {
		var tokens = ListingsApi.json(http.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", email, "password", PASSWORD))
			.retrieve()
			.toEntity(String.class));
		assertThat(tokens.has("accessToken")).as("login answered %s", tokens).isTrue();
		var accessToken = tokens.get("accessToken").asString();
		var me = ListingsApi.json(http.get()
			.uri("/api/v1/auth/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
			.retrieve()
			.toEntity(String.class));
		return new LoggedIn(new TestAccounts.Account(UUID.fromString(me.get("id").asString()), email, PASSWORD,
				accessToken, tokens.get("refreshToken").asString()), me);
	}

	private void assertListingsOf(TestAccounts.Account user, boolean verifiedAgent) {
		var mine = ListingsApi.json(listings.get(user, "/api/v1/listings/mine?limit=100")).get("items");

		assertThat(mine.valueStream()).isNotEmpty().allSatisfy(listing -> {
			assertThat(listing.get("verifiedAgent").asBoolean()).isEqualTo(verifiedAgent);
			if (!listing.get("status").asString().equals("DRAFT")) {
				assertThat(listing.get("images").valueStream()).singleElement().satisfies(image -> {
					assertThat(image.get("primary").asBoolean()).isTrue();
					assertThat(image.get("altText").asString()).isNotBlank();
					var large = listings.download(image.get("urls").get("large").asString());
					assertThat(large.getStatusCode().value()).isEqualTo(200);
					assertThat(large.getHeaders().getContentType()).hasToString("image/jpeg");
				});
			}
		});
	}

	private static Path scratchDirectory() {
		try {
			var directory = Files.createTempDirectory("luxestate-demo-media");
			directory.toFile().deleteOnExit();
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package com.luxestate.e2e;

import static com.luxestate.e2e.ListingsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.luxestate.identity.Role;
import com.luxestate.listings.testing.TestImages;

/**
 * Uploads are judged by their content, never by name or declared type, and give nothing
 * private away.
 */
class ListingUploadTests extends ListingsEndToEnd {

	@Test
	void aPngNamedJpgIsAcceptedAsPng() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.createDraft(owner, ListingsApi.listing("Lisbon", 38.72, -9.14));

		var uploaded = listings.upload(owner, id, TestImages.png(1200, 900), "holiday.jpg");

		assertThat(uploaded.getStatusCode().value()).isEqualTo(201);
		assertThat(json(uploaded).get("width").asInt()).isEqualTo(1200);
		var large = listings.download(json(uploaded).get("urls").get("large").asString());
		assertThat(large.getHeaders().getContentType()).hasToString("image/jpeg");
		assertThat(large.getBody()).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
	}

	@Test
	void theAltTextIsAPartOfTheFormAsBrowsersSendIt() throws java.io.IOException {
		var owner = accounts.register(Role.OWNER);
		var id = listings.createDraft(owner, ListingsApi.listing("Lisbon", 38.72, -9.14));
		var boundary = "----form" + java.util.UUID.randomUUID();
		var form = new java.io.ByteArrayOutputStream();
		form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		form.write(TestImages.png(64, 48));
		// A text field as a browser sends it: no Content-Type of its own, UTF-8.
		form.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"altText\"\r\n\r\n"
				+ "Salão com varanda\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));

		var uploaded = http.post()
			.uri("/api/v1/listings/{id}/images", id)
			.header(org.springframework.http.HttpHeaders.AUTHORIZATION, owner.bearer())
			.contentType(org.springframework.http.MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
			.body(form.toByteArray())
			.retrieve()
			.toEntity(String.class);

		assertThat(uploaded.getStatusCode().value()).as(uploaded.getBody()).isEqualTo(201);
		assertThat(json(uploaded).get("altText").asString()).isEqualTo("Salão com varanda");
		assertThat(json(listings.upload(owner, id, TestImages.png(64, 48), "b.png")).get("altText").asString())
			.as("a text part with a type of its own")
			.isEqualTo("Living room");
	}

	@Test
	void aTextFileNamedJpgIsUnsupported() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.createDraft(owner, ListingsApi.listing("Lisbon", 38.72, -9.14));

		var refused = listings.upload(owner, id, "just some text".getBytes(StandardCharsets.UTF_8), "photo.jpg");

		assertThat(refused.getStatusCode().value()).isEqualTo(415);
		assertThat(json(refused).get("type").asString()).endsWith("/unsupported-media-type");
		assertThat(json(listings.get(owner, "/api/v1/listings/" + id)).get("images").isEmpty()).isTrue();
	}

	@Test
	void oversizedFilesAndDecompressionBombsAreRefused() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.createDraft(owner, ListingsApi.listing("Lisbon", 38.72, -9.14));
		var oversized = java.util.Arrays.copyOf(TestImages.png(10, 10), 16 * 1024 * 1024);

		var tooBig = listings.upload(owner, id, oversized, "huge.png");
		var bomb = listings.upload(owner, id, TestImages.pngClaiming(60_000, 60_000), "bomb.png");

		assertThat(tooBig.getStatusCode().value()).isEqualTo(413);
		assertThat(bomb.getStatusCode().value()).isEqualTo(413);
		assertThat(json(bomb).get("type").asString()).endsWith("/payload-too-large");
		assertThat(json(listings.get(owner, "/api/v1/listings/" + id)).get("images").isEmpty()).isTrue();
	}

	@Test
	void exifGpsIsAbsentFromEveryStoredDerivative() {
		var owner = accounts.register(Role.OWNER);
		var id = listings.createDraft(owner, ListingsApi.listing("Lisbon", 38.72, -9.14));
		var photo = TestImages.jpegWithGpsAndOrientation(2400, 1600, 38.7106, -9.1365, 1);
		assertThat(TestImages.hasExif(photo)).isTrue();

		var uploaded = json(listings.upload(owner, id, photo, "IMG_0001.JPG"));

		for (var size : new String[] { "thumbnail", "medium", "large" }) {
			var stored = listings.download(uploaded.get("urls").get(size).asString()).getBody();
			assertThat(stored).as(size).startsWith((byte) 0xFF, (byte) 0xD8);
			assertThat(TestImages.hasExif(stored)).as(size).isFalse();
		}
	}

}

package com.luxestate.listings.web;

import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.luxestate.listings.internal.ListingProblems;
import com.luxestate.listings.internal.media.MediaKeys;
import com.luxestate.listings.internal.media.MediaStorage;

/**
 * Serves stored image derivatives. Only keys of the exact shape the module writes are looked up (two UUIDs and a
 * derivative name), so no path can reach outside the media store. Keys never change content, hence the year-long,
 * immutable caching; the type is always stated and never sniffed.
 */
@RestController
@Tag(name = "Listing images")
class MediaController {

	private final MediaStorage storage;

	MediaController(MediaStorage storage) {
		this.storage = storage;
	}

	@GetMapping("/media/listings/{listingId}/{imageId}/{file}")
	@Operation(summary = "An image derivative", description = "The URLs come from a listing's images[].urls.")
	@ApiResponse(responseCode = "200", description = "The image, immutable: cached for a year", content = @Content(
			mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "404", description = "No such image")
	ResponseEntity<InputStreamResource> image(@PathVariable String listingId, @PathVariable String imageId,
			@PathVariable String file) {
		var key = "listings/" + listingId + "/" + imageId + "/" + file;
		if (!MediaKeys.isValid(key)) {
			throw ListingProblems.notFound();
		}
		var media = storage.load(key).orElseThrow(ListingProblems::notFound);
		return ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.contentLength(media.length())
				.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.header("X-Content-Type-Options", "nosniff")
				.body(new InputStreamResource(media.content()));
	}
}

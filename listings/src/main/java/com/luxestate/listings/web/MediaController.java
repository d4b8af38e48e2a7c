package com.luxestate.listings.web;

import java.time.Duration;
import java.util.UUID;

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

import com.luxestate.listings.internal.ListingMedia.ImageAccess;
import com.luxestate.listings.internal.ListingMedia;
import com.luxestate.listings.internal.ListingProblems;
import com.luxestate.listings.internal.media.ImageDerivative;
import com.luxestate.listings.internal.media.ImagePaths;
import com.luxestate.listings.internal.media.MediaKeys;
import com.luxestate.listings.internal.media.MediaStorage;
import com.luxestate.platform.Caller;

/**
 * Serves stored image derivatives, at URLs that name the image (its listing, its id and
 * the derivative); the image says where its files are stored, which for an upload is the
 * same path and for a demo picture a file it shares. Only URLs of the exact shape the
 * module writes are looked up (two UUIDs and a derivative name), and only keys the module
 * wrote are read, so no path can reach outside the media store. An image's files never
 * change, hence the year-long, immutable caching; the type is always stated and never
 * sniffed.
 */
@RestController
@Tag(name = "Listing images")
class MediaController {

	private static final MediaType DERIVATIVE = MediaType.parseMediaType(ImageDerivative.CONTENT_TYPE);

	private final MediaStorage storage;

	private final ListingMedia listingMedia;

	MediaController(MediaStorage storage, ListingMedia listingMedia) {
		this.storage = storage;
		this.listingMedia = listingMedia;
	}

	/**
	 * Files of a listing withheld from the public are served to its owner and admins
	 * only, and not cached.
	 */
	@GetMapping(ImagePaths.ROOT + "listings/{listingId}/{imageId}/{file}")
	@Operation(summary = "An image derivative", description = "The URLs come from a listing's images[].urls.")
	@ApiResponse(responseCode = "200",
			description = "The image, immutable: cached for a year (not cached when only "
					+ "its owner and admins may see it)",
			content = @Content(mediaType = ImageDerivative.CONTENT_TYPE,
					schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "404", description = "No such image, or an image of a listing withheld from the public "
			+ "(taken down, deleted, owner suspended) asked for by someone other than its owner or an admin")
	ResponseEntity<InputStreamResource> image(Caller caller, @PathVariable String listingId,
			@PathVariable String imageId, @PathVariable String file) {
		var key = "listings/" + listingId + "/" + imageId + "/" + file;
		if (!MediaKeys.isValid(key)) {
			throw ListingProblems.notFound();
		}
		var image = listingMedia.imageFiles(caller, UUID.fromString(listingId), UUID.fromString(imageId));
		if (image.access() == ImageAccess.REFUSED) {
			throw ListingProblems.notFound();
		}
		var media = storage.load(image.storageKey() + "/" + file).orElseThrow(ListingProblems::notFound);
		return ResponseEntity.ok()
			.contentType(DERIVATIVE)
			.contentLength(media.length())
			.cacheControl(image.access() == ImageAccess.PUBLIC
					? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable() : CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(media.content()));
	}

}

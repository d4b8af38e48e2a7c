package com.luxestate.listings.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.luxestate.listings.internal.Caller;
import com.luxestate.listings.internal.ListingManagement;
import com.luxestate.listings.internal.ListingProblems;
import com.luxestate.listings.internal.ListingView;
import com.luxestate.listings.internal.VersionedListingMedia;
import com.luxestate.listings.internal.media.ImagePipeline;

/**
 * The images of a listing: upload, order, primary image, deletion. Only the owner may change them. They are part of
 * the listing, so every change is made to the version {@code If-Match} names and answers with the listing's new
 * ETag, like any other change of the listing.
 */
@RestController
@RequestMapping("/api/v1/listings/{id}/images")
@PreAuthorize("hasAuthority('listings:write')")
class ListingImageController {

	private final VersionedListingMedia media;
	private final ListingManagement listings;

	ListingImageController(VersionedListingMedia media, ListingManagement listings) {
		this.media = media;
		this.listings = listings;
	}

	/**
	 * The file's name and declared type are ignored: what it is is read from its content. The new image has no
	 * resource of its own in the API, so {@code Location} is its largest derivative ({@code urls.large}).
	 */
	@PostMapping(consumes = "multipart/form-data")
	ResponseEntity<ListingResponse.Image> upload(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestPart("file") MultipartFile file, @RequestParam(required = false) String altText) {
		if (file.getSize() > ImagePipeline.MAX_BYTES) {
			throw ListingProblems.tooLarge("An image may be at most 15 MB.");
		}
		if (altText != null && altText.length() > 300) {
			throw ListingProblems.invalid("altText", "must be at most 300 characters");
		}
		var owner = Callers.of(caller);
		var uploaded = media.upload(owner, id, requiredVersion(owner, id, ifMatch), bytesOf(file),
				altText == null ? null : altText.strip());
		var image = ListingResponse.Image.of(uploaded.image());
		var response = ResponseEntity.created(URI.create(image.urls().large()));
		if (uploaded.listingVersion() != null) {
			response.eTag(ETags.of(uploaded.listingVersion()));
		}
		return response.body(image);
	}

	@PutMapping("/order")
	ResponseEntity<ListingResponse> reorder(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ImageOrder order) {
		var owner = Callers.of(caller);
		return withETag(media.reorder(owner, id, requiredVersion(owner, id, ifMatch), order.imageIds()));
	}

	@PostMapping("/{imageId}/primary")
	ResponseEntity<ListingResponse> makePrimary(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id,
			@PathVariable UUID imageId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		var owner = Callers.of(caller);
		return withETag(media.makePrimary(owner, id, requiredVersion(owner, id, ifMatch), imageId));
	}

	/** No content, but the listing's new ETag, for the next change of the listing. */
	@DeleteMapping("/{imageId}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id,
			@PathVariable UUID imageId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		var owner = Callers.of(caller);
		var version = media.delete(owner, id, requiredVersion(owner, id, ifMatch), imageId);
		return ResponseEntity.noContent().eTag(ETags.of(version)).build();
	}

	record ImageOrder(@NotNull @Size(max = 40) List<@NotNull UUID> imageIds) {
	}

	private Long requiredVersion(Caller caller, UUID id, String ifMatch) {
		return ETags.requiredVersion(ifMatch, () -> listings.find(caller, id).version());
	}

	private static ResponseEntity<ListingResponse> withETag(ListingView view) {
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(ListingResponse.of(view));
	}

	private static byte[] bytesOf(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

package com.luxestate.listings.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.luxestate.listings.internal.ListingManagement;
import com.luxestate.listings.internal.ListingMedia;
import com.luxestate.listings.internal.ListingProblems;
import com.luxestate.listings.internal.ListingView;
import com.luxestate.listings.internal.media.ImagePipeline;
import com.luxestate.platform.Caller;
import com.luxestate.platform.IfMatch;

/**
 * The images of a listing: upload, order, primary image, deletion. Only the owner may
 * change them. They are part of the listing, so every change is made to the version
 * {@code If-Match} names and answers with the listing's new ETag, like any other change
 * of the listing.
 */
@RestController
@RequestMapping("/api/v1/listings/{id}/images")
@PreAuthorize("hasAuthority('listings:write')")
@SecurityRequirement(name = "bearer")
@Tag(name = "Listing images", description = "Upload, order, primary image and deletion; the owner's alone")
class ListingImageController {

	private final ListingMedia media;

	private final ListingManagement listings;

	ListingImageController(ListingMedia media, ListingManagement listings) {
		this.media = media;
		this.listings = listings;
	}

	/**
	 * The file's name and declared type are ignored: what it is is read from its content.
	 * The new image has no resource of its own in the API, so {@code Location} is its
	 * largest derivative ({@code urls.large}).
	 */
	@PostMapping(consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload an image", description = """
			JPEG, PNG or WebP, recognised by content (name and declared type are ignored), at most 15 MB and 40 \
			megapixels; at most 40 images per listing. Stored re-encoded as JPEG without metadata, in three widths.""")
	@ApiResponse(responseCode = "201", description = "The new image",
			headers = {
					@Header(name = HttpHeaders.LOCATION, description = "The image's large derivative (urls.large)",
							schema = @Schema(type = "string")),
					@Header(name = HttpHeaders.ETAG, description = ListingsApiDocumentation.ETAG,
							schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "400", description = ListingsApiDocumentation.INVALID)
	@ApiResponse(responseCode = "403", description = "The caller is not the listing's owner.")
	@ApiResponse(responseCode = "404", description = ListingsApiDocumentation.NOT_FOUND)
	@ApiResponse(responseCode = "409", description = "The listing has 40 images already, or was removed.")
	@ApiResponse(responseCode = "412", description = ListingsApiDocumentation.STALE)
	@ApiResponse(responseCode = "413", description = "More than 15 MB, or more than 40 megapixels.")
	@ApiResponse(responseCode = "415", description = "Not a JPEG, PNG or WebP image.")
	@ApiResponse(responseCode = "422", description = "Dimensions no stored width can have (1 × 40,000,000 pixels).")
	ResponseEntity<ListingResponse.Image> upload(Caller caller, @PathVariable UUID id,
			@Parameter(description = ListingsApiDocumentation.IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH,
					required = false) String ifMatch,
			@Parameter(description = "The image file") @RequestPart("file") MultipartFile file,
			@Parameter(description = "Text describing the image, at most 300 characters",
					schema = @Schema(type = "string", maxLength = 300)) @RequestPart(name = "altText",
							required = false) String altText) {
		if (file.getSize() > ImagePipeline.MAX_BYTES) {
			throw ListingProblems.imageTooLarge();
		}
		if (altText != null && altText.length() > 300) {
			throw ListingProblems.invalid("altText", "must be at most 300 characters");
		}
		// JSON strings and query parameters are checked for NUL by the application; a
		// multipart text part is not.
		if (altText != null && altText.indexOf('\u0000') >= 0) {
			throw ListingProblems.invalid("altText", "must not contain a NUL character");
		}
		var uploaded = media.upload(caller, id, requiredVersion(caller, id, ifMatch), bytesOf(file),
				altText == null ? null : altText.strip());
		var image = ListingResponse.Image.of(id, uploaded.image());
		return ResponseEntity.created(URI.create(image.urls().large()))
			.eTag(IfMatch.etagOf(uploaded.listingVersion()))
			.body(image);
	}

	@PutMapping("/order")
	@Operation(summary = "Order the images",
			description = "Every image of the listing exactly once; the first " + "is shown first.")
	@ApiResponse(responseCode = "200", description = "The listing with its images in the new order",
			headers = @Header(name = HttpHeaders.ETAG, description = ListingsApiDocumentation.ETAG,
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", description = "imageIds does not name every image exactly once.")
	@ApiResponse(responseCode = "403", description = "The caller is not the listing's owner.")
	@ApiResponse(responseCode = "404", description = ListingsApiDocumentation.NOT_FOUND)
	@ApiResponse(responseCode = "409", description = "The listing was removed.")
	@ApiResponse(responseCode = "412", description = ListingsApiDocumentation.STALE)
	ResponseEntity<ListingResponse> reorder(Caller caller, @PathVariable UUID id,
			@Parameter(description = ListingsApiDocumentation.IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH,
					required = false) String ifMatch,
			@Valid @RequestBody ImageOrder order) {
		return withETag(media.reorder(caller, id, requiredVersion(caller, id, ifMatch), order.imageIds()));
	}

	@PostMapping("/{imageId}/primary")
	@Operation(summary = "Make an image the primary one",
			description = "The primary image is the one search " + "results show.")
	@ApiResponse(responseCode = "200", description = "The listing",
			headers = @Header(name = HttpHeaders.ETAG, description = ListingsApiDocumentation.ETAG,
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "403", description = "The caller is not the listing's owner.")
	@ApiResponse(responseCode = "404", description = "No such listing or image.")
	@ApiResponse(responseCode = "409", description = "The listing was removed.")
	@ApiResponse(responseCode = "412", description = ListingsApiDocumentation.STALE)
	ResponseEntity<ListingResponse> makePrimary(Caller caller, @PathVariable UUID id, @PathVariable UUID imageId,
			@Parameter(description = ListingsApiDocumentation.IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH,
					required = false) String ifMatch) {
		return withETag(media.makePrimary(caller, id, requiredVersion(caller, id, ifMatch), imageId));
	}

	/** No content, but the listing's new ETag, for the next change of the listing. */
	@DeleteMapping("/{imageId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an image", description = "Its files are deleted once the change is committed.")
	@ApiResponse(responseCode = "204", description = "Deleted",
			headers = @Header(name = HttpHeaders.ETAG, description = ListingsApiDocumentation.ETAG,
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "403", description = "The caller is not the listing's owner.")
	@ApiResponse(responseCode = "404", description = "No such listing or image.")
	@ApiResponse(responseCode = "409",
			description = "The listing was removed, or it is published and this is its last image.")
	@ApiResponse(responseCode = "412", description = ListingsApiDocumentation.STALE)
	ResponseEntity<Void> delete(Caller caller, @PathVariable UUID id, @PathVariable UUID imageId,
			@Parameter(description = ListingsApiDocumentation.IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH,
					required = false) String ifMatch) {
		var version = media.delete(caller, id, requiredVersion(caller, id, ifMatch), imageId);
		return ResponseEntity.noContent().eTag(IfMatch.etagOf(version)).build();
	}

	record ImageOrder(@NotNull @Size(max = 40) List<@NotNull UUID> imageIds) {
	}

	private Long requiredVersion(Caller caller, UUID id, String ifMatch) {
		return IfMatch.requiredVersion(ifMatch, () -> listings.find(caller, id).version(), ListingProblems::stale);
	}

	private static ResponseEntity<ListingResponse> withETag(ListingView view) {
		return ResponseEntity.ok().eTag(IfMatch.etagOf(view.version())).body(ListingResponse.of(view));
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

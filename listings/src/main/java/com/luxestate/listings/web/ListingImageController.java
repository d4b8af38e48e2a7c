package com.luxestate.listings.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.luxestate.listings.internal.ListingMedia;
import com.luxestate.listings.internal.ListingProblems;
import com.luxestate.listings.internal.media.ImagePipeline;

/** The images of a listing: upload, order, primary image, deletion. Only the owner may change them. */
@RestController
@RequestMapping("/api/v1/listings/{id}/images")
@PreAuthorize("hasAuthority('listings:write')")
class ListingImageController {

	private final ListingMedia media;

	ListingImageController(ListingMedia media) {
		this.media = media;
	}

	/** The file's name and declared type are ignored: what it is is read from its content. */
	@PostMapping(consumes = "multipart/form-data")
	ResponseEntity<ListingResponse.Image> upload(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id,
			@RequestPart("file") MultipartFile file, @RequestParam(required = false) String altText) {
		if (file.getSize() > ImagePipeline.MAX_BYTES) {
			throw ListingProblems.tooLarge("An image may be at most 15 MB.");
		}
		if (altText != null && altText.length() > 300) {
			throw ListingProblems.invalid("altText", "must be at most 300 characters");
		}
		var image = media.upload(Callers.of(caller), id, bytesOf(file), altText == null ? null : altText.strip());
		return ResponseEntity.created(URI.create("/api/v1/listings/" + id + "/images/" + image.id()))
				.body(ListingResponse.Image.of(image));
	}

	@PutMapping("/order")
	ListingResponse reorder(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id,
			@Valid @RequestBody ImageOrder order) {
		return ListingResponse.of(media.reorder(Callers.of(caller), id, order.imageIds()));
	}

	@PostMapping("/{imageId}/primary")
	ListingResponse makePrimary(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id,
			@PathVariable UUID imageId) {
		return ListingResponse.of(media.makePrimary(Callers.of(caller), id, imageId));
	}

	@DeleteMapping("/{imageId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id, @PathVariable UUID imageId) {
		media.delete(Callers.of(caller), id, imageId);
	}

	record ImageOrder(@NotNull @Size(max = 40) List<@NotNull UUID> imageIds) {
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

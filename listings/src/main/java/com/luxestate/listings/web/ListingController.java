package com.luxestate.listings.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.Validator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.internal.Caller;
import com.luxestate.listings.internal.ListingManagement;
import com.luxestate.listings.internal.ListingProblems;
import com.luxestate.listings.internal.ListingSearch;
import com.luxestate.listings.internal.ListingView;
import com.luxestate.listings.internal.OwnListings;
import com.luxestate.listings.internal.PricePoint;

/** Listings over HTTP: the contract of api.md, section Listings. Who may do what is decided by the services. */
@RestController
@RequestMapping("/api/v1/listings")
class ListingController {

	private final ListingManagement listings;
	private final OwnListings ownListings;
	private final ListingSearch search;
	private final JsonMapper json;
	private final Validator validator;

	ListingController(ListingManagement listings, OwnListings ownListings, ListingSearch search, JsonMapper json,
			Validator validator) {
		this.listings = listings;
		this.ownListings = ownListings;
		this.search = search;
		this.json = json;
		this.validator = validator;
	}

	@GetMapping
	SearchResponse search(@RequestParam MultiValueMap<String, String> parameters) {
		return SearchResponse.of(search.search(SearchParameters.parse(parameters)));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('listings:write')")
	ResponseEntity<ListingResponse> create(@AuthenticationPrincipal Jwt caller,
			@Valid @RequestBody ListingRequest request) {
		var created = listings.create(Callers.of(caller), request.toDetails());
		return withETag(ResponseEntity.created(URI.create("/api/v1/listings/" + created.id())), created);
	}

	@GetMapping("/mine")
	@PreAuthorize("hasAuthority('listings:write')")
	OwnListingsResponse mine(@AuthenticationPrincipal Jwt caller, @RequestParam(required = false) String status,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) String limit) {
		var size = parseLimit(limit);
		var page = ownListings.page(Callers.of(caller), parseStatus(status), parseMineCursor(cursor), size + 1);
		var more = page.items().size() > size;
		var shown = more ? page.items().subList(0, size) : page.items();
		var next = more ? encodeMineCursor(shown.getLast().id()) : null;
		return new OwnListingsResponse(shown.stream().map(ListingResponse::of).toList(), next, page.total());
	}

	@GetMapping("/{id}")
	ResponseEntity<ListingResponse> find(@AuthenticationPrincipal @Nullable Jwt caller, @PathVariable UUID id) {
		return withETag(ResponseEntity.ok(), listings.find(Callers.of(caller), id));
	}

	@PatchMapping(path = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	@PreAuthorize("hasAuthority('listings:write')")
	ResponseEntity<ListingResponse> revise(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody JsonNode patch) {
		var who = Callers.of(caller);
		var revised = listings.revise(who, id, requiredVersion(who, id, ifMatch),
				current -> MergePatch.apply(patch, current, json, validator));
		return withETag(ResponseEntity.ok(), revised);
	}

	@PostMapping("/{id}/status")
	@PreAuthorize("hasAuthority('listings:write')")
	ResponseEntity<ListingResponse> changeStatus(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody StatusChange change) {
		var who = Callers.of(caller);
		var changed = listings.changeStatus(who, id, requiredVersion(who, id, ifMatch), change.status());
		return withETag(ResponseEntity.ok(), changed);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAuthority('listings:write')")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		var who = Callers.of(caller);
		listings.delete(who, id, requiredVersion(who, id, ifMatch));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/price-history")
	List<PricePoint> priceHistory(@AuthenticationPrincipal @Nullable Jwt caller, @PathVariable UUID id) {
		return listings.priceHistory(Callers.of(caller), id);
	}

	@GetMapping("/{id}/similar")
	SimilarListingsResponse similar(@AuthenticationPrincipal @Nullable Jwt caller, @PathVariable UUID id) {
		return new SimilarListingsResponse(search.similarTo(listings.find(Callers.of(caller), id)).stream()
				.map(SearchResponse.Item::of).toList());
	}

	/**
	 * A page of the caller's own listings, in the API's list shape.
	 *
	 * @param total how many listings the caller has in the status asked for, all pages together
	 */
	record OwnListingsResponse(List<ListingResponse> items, String nextCursor, int total) {
	}

	/** Listings like another, best first. */
	record SimilarListingsResponse(List<SearchResponse.Item> items) {
	}

	record StatusChange(@jakarta.validation.constraints.NotNull ListingStatus status) {
	}

	private Long requiredVersion(Caller caller, UUID id, String ifMatch) {
		return ETags.requiredVersion(ifMatch, () -> listings.find(caller, id).version());
	}

	private static ResponseEntity<ListingResponse> withETag(ResponseEntity.BodyBuilder response, ListingView view) {
		return response.eTag(ETags.of(view.version())).body(ListingResponse.of(view));
	}

	private static int parseLimit(String limit) {
		if (limit == null) {
			return SearchParameters.DEFAULT_LIMIT;
		}
		try {
			var value = Integer.parseInt(limit);
			if (value >= 1 && value <= SearchParameters.MAX_LIMIT) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw ListingProblems.invalid("limit", "must be a whole number from 1 to " + SearchParameters.MAX_LIMIT);
	}

	private static ListingStatus parseStatus(String status) {
		try {
			return status == null ? null : ListingStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw ListingProblems.invalid("status", "is not a listing status");
		}
	}

	private static UUID parseMineCursor(String cursor) {
		try {
			return cursor == null ? null
					: UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			throw ListingProblems.invalid("cursor", "is not a cursor of this list; start again without it");
		}
	}

	private static String encodeMineCursor(UUID lastId) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(lastId.toString().getBytes(StandardCharsets.UTF_8));
	}
}

package com.luxestate.listings.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.Validator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.luxestate.listings.ListingStatus;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.listings.internal.ListingManagement;
import com.luxestate.listings.internal.ListingProblems;
import com.luxestate.listings.internal.ListingSearch;
import com.luxestate.listings.internal.ListingView;
import com.luxestate.listings.internal.OwnListings;
import com.luxestate.listings.internal.PricePoint;
import com.luxestate.platform.Caller;
import com.luxestate.platform.IfMatch;
import com.luxestate.platform.Page;

/**
 * Listings over HTTP: the contract of docs/api.md, section Listings. Who may do what is
 * decided by the services.
 */
@RestController
@RequestMapping("/api/v1/listings")
@Tag(name = "Listings", description = "Properties for sale or rent: search, detail, writing, status, price history")
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

	/**
	 * The parameters are read from the query string as it is ({@link SearchParameters}),
	 * so that a repeated single-valued parameter is an error rather than joined values;
	 * the document lists them one by one.
	 */
	@GetMapping
	@Operation(summary = "Search public listings", description = """
			Only ACTIVE listings (and PENDING ones with includePending=true) of owners in good standing. Every \
			invalid parameter, a repeated single-valued one included, is a 400 naming it. total is the exact number \
			of matches; pages continue with nextCursor.""")
	@Parameters({
			@Parameter(name = "q", in = ParameterIn.QUERY, description = """
					Full text over title, public street, city, region, postal code and description, accent- and \
					case-insensitive, in web-search syntax: "exact phrase", or, -excluded.""",
					schema = @Schema(type = "string", maxLength = 200)),
			@Parameter(name = "purpose", in = ParameterIn.QUERY, schema = @Schema(implementation = Purpose.class)),
			@Parameter(name = "type", in = ParameterIn.QUERY, explode = Explode.TRUE, description = """
					Property types, any of them: repeat the parameter (type=HOUSE&type=VILLA) or separate them with \
					commas.""", array = @ArraySchema(schema = @Schema(implementation = PropertyType.class))),
			@Parameter(name = "minPrice", in = ParameterIn.QUERY,
					description = "Lowest price amount, inclusive; "
							+ "at most 2 decimals. Add currency to compare like with like.",
					schema = @Schema(type = "number", minimum = "0", maximum = "999999999999.99")),
			@Parameter(name = "maxPrice", in = ParameterIn.QUERY,
					description = "Highest price amount, inclusive; " + "at most 2 decimals, not below minPrice.",
					schema = @Schema(type = "number", minimum = "0", maximum = "999999999999.99")),
			@Parameter(name = "currency", in = ParameterIn.QUERY, description = "ISO 4217 code of the price.",
					schema = @Schema(type = "string", pattern = "^[A-Za-z]{3}$", example = "EUR")),
			@Parameter(name = "minBedrooms", in = ParameterIn.QUERY,
					schema = @Schema(type = "integer", minimum = "0", maximum = "100")),
			@Parameter(name = "minBathrooms", in = ParameterIn.QUERY, description = "At most 1 decimal.",
					schema = @Schema(type = "number", minimum = "0", maximum = "99.5")),
			@Parameter(name = "minArea", in = ParameterIn.QUERY,
					description = "Smallest living area in m², " + "inclusive; at most 2 decimals.",
					schema = @Schema(type = "number", minimum = "0", maximum = "99999999.99")),
			@Parameter(name = "maxArea", in = ParameterIn.QUERY,
					description = "Largest living area in m², " + "inclusive; at most 2 decimals, not below minArea.",
					schema = @Schema(type = "number", minimum = "0", maximum = "99999999.99")),
			@Parameter(name = "city", in = ParameterIn.QUERY,
					description = "The whole city name, accent- and " + "case-insensitive.",
					schema = @Schema(type = "string", maxLength = 100)),
			@Parameter(name = "country", in = ParameterIn.QUERY, description = "ISO 3166-1 alpha-2 code.",
					schema = @Schema(type = "string", pattern = "^[A-Za-z]{2}$", example = "PT")),
			@Parameter(name = "features", in = ParameterIn.QUERY,
					description = "Up to 30 comma-separated "
							+ "features, all required (vocabulary in docs/listings.md).",
					schema = @Schema(type = "string", example = "balcony,elevator")),
			@Parameter(name = "bbox", in = ParameterIn.QUERY,
					description = "minLon,minLat,maxLon,maxLat, minimum "
							+ "below maximum, not across the antimeridian.",
					schema = @Schema(type = "string", example = "-9.23,38.69,-9.09,38.80")),
			@Parameter(name = "lat", in = ParameterIn.QUERY,
					description = "With lon: the point radiusKm and "
							+ "sort=distance refer to; every result then has distanceKm.",
					schema = @Schema(type = "number", minimum = "-90", maximum = "90")),
			@Parameter(name = "lon", in = ParameterIn.QUERY, description = "With lat.",
					schema = @Schema(type = "number", minimum = "-180", maximum = "180")),
			@Parameter(name = "radiusKm", in = ParameterIn.QUERY,
					description = "Above 0 and at most 100; needs " + "lat and lon.",
					schema = @Schema(type = "number", minimum = "0", maximum = "100")),
			@Parameter(name = "includePending", in = ParameterIn.QUERY,
					description = "Include PENDING listings " + "(under offer).",
					schema = @Schema(type = "boolean", defaultValue = "false")),
			@Parameter(name = "sort", in = ParameterIn.QUERY, description = "relevance (default with q, needs q), "
					+ "newest (default otherwise), price_asc, price_desc, distance (needs lat and lon); ties by id.",
					schema = @Schema(type = "string",
							allowableValues = { "relevance", "newest", "price_asc", "price_desc", "distance" })),
			@Parameter(name = "limit", in = ParameterIn.QUERY, description = "Page size; more than 100 is a 400.",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")),
			@Parameter(name = "cursor", in = ParameterIn.QUERY,
					description = "nextCursor of the previous page of " + "the same search and sort.",
					schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "200", description = "A page of results")
	@ApiResponse(responseCode = "400", description = ListingsApiDocumentation.INVALID)
	Page<ListingHitResponse> search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		return search.search(SearchParameters.parse(parameters)).map(ListingHitResponse::of);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('listings:write')")
	@ResponseStatus(HttpStatus.CREATED)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Create a draft", description = "Owners and agents. The listing is a DRAFT until published.")
	@ApiResponse(responseCode = "201", description = "The new draft", headers = {
			@Header(name = HttpHeaders.LOCATION, description = "The new listing", schema = @Schema(type = "string")),
			@Header(name = HttpHeaders.ETAG, description = ListingsApiDocumentation.ETAG,
					schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "400", description = ListingsApiDocumentation.INVALID)
	ResponseEntity<ListingResponse> create(Caller caller, @Valid @RequestBody ListingRequest request) {
		var created = listings.create(caller, request.toDetails());
		return withETag(ResponseEntity.created(URI.create("/api/v1/listings/" + created.id())), created);
	}

	@GetMapping("/mine")
	@PreAuthorize("hasAuthority('listings:write')")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "The caller's own listings", description = """
			Every status, newest first. total is the number of the caller's listings in the status asked for (all \
			of them without status).""")
	@ApiResponse(responseCode = "200", description = "A page of the caller's listings")
	@ApiResponse(responseCode = "400", description = ListingsApiDocumentation.INVALID)
	Page<ListingResponse> mine(Caller caller, @Parameter(description = "Only listings in this status",
			schema = @Schema(implementation = ListingStatus.class)) @RequestParam(required = false) String status,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
			@Parameter(description = "Page size", schema = @Schema(type = "integer", minimum = "1", maximum = "100",
					defaultValue = "20")) @RequestParam(required = false) String limit) {
		return ownListings.page(caller, parseStatus(status), cursor, parseLimit(limit)).map(ListingResponse::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A listing", description = """
			Anyone sees public listings, with the address visibility applied; owners and admins see drafts and the \
			full address.""")
	@ApiResponse(responseCode = "200", description = "The listing",
			headers = @Header(name = HttpHeaders.ETAG, description = ListingsApiDocumentation.ETAG,
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "404", description = ListingsApiDocumentation.NOT_FOUND)
	ResponseEntity<ListingResponse> find(Caller caller, @PathVariable UUID id) {
		return withETag(ResponseEntity.ok(), listings.find(caller, id));
	}

	@PatchMapping(path = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	@PreAuthorize("hasAuthority('listings:write')")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Change a listing's details", description = "The owner or an admin; a JSON merge patch.")
	@ApiResponse(responseCode = "200", description = "The changed listing",
			headers = @Header(name = HttpHeaders.ETAG, description = ListingsApiDocumentation.ETAG,
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", description = ListingsApiDocumentation.INVALID)
	@ApiResponse(responseCode = "403", description = ListingsApiDocumentation.FORBIDDEN)
	@ApiResponse(responseCode = "404", description = ListingsApiDocumentation.NOT_FOUND)
	@ApiResponse(responseCode = "409", description = "The listing was removed.")
	@ApiResponse(responseCode = "412", description = ListingsApiDocumentation.STALE)
	ResponseEntity<ListingResponse> revise(Caller caller, @PathVariable UUID id,
			@Parameter(description = ListingsApiDocumentation.IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH,
					required = false) String ifMatch,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = {
							@Content(mediaType = "application/merge-patch+json",
									schema = @Schema(
											ref = "#/components/schemas/" + ListingsApiDocumentation.LISTING_PATCH)),
							@Content(mediaType = "application/json", schema = @Schema(ref = "#/components/schemas/"
									+ ListingsApiDocumentation.LISTING_PATCH)) }) @RequestBody JsonNode patch) {
		var revised = listings.revise(caller, id, requiredVersion(caller, id, ifMatch),
				current -> MergePatch.apply(patch, current, json, validator));
		return withETag(ResponseEntity.ok(), revised);
	}

	@PostMapping("/{id}/status")
	@PreAuthorize("hasAuthority('listings:write')")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Change a listing's status", description = """
			The owner or an admin. DRAFT → ACTIVE → PENDING → SOLD (sale) or RENTED (rent), ACTIVE ↔ OFF_MARKET. \
			Publishing (ACTIVE) needs a complete listing with an image.""")
	@ApiResponse(responseCode = "200", description = "The listing in its new status",
			headers = @Header(name = HttpHeaders.ETAG, description = ListingsApiDocumentation.ETAG,
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "403", description = ListingsApiDocumentation.FORBIDDEN)
	@ApiResponse(responseCode = "404", description = ListingsApiDocumentation.NOT_FOUND)
	@ApiResponse(responseCode = "409", description = """
			Not a transition of the graph (the status it already has and REMOVED included), or a listing not \
			complete enough to publish (detail names what is missing).""")
	@ApiResponse(responseCode = "412", description = ListingsApiDocumentation.STALE)
	ResponseEntity<ListingResponse> changeStatus(Caller caller, @PathVariable UUID id,
			@Parameter(description = ListingsApiDocumentation.IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH,
					required = false) String ifMatch,
			@Valid @RequestBody StatusChange change) {
		var changed = listings.changeStatus(caller, id, requiredVersion(caller, id, ifMatch), change.status());
		return withETag(ResponseEntity.ok(), changed);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAuthority('listings:write')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Delete a listing", description = """
			The owner or an admin. The listing becomes REMOVED, leaves search at once, and its image files are \
			deleted.""")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "403", description = ListingsApiDocumentation.FORBIDDEN)
	@ApiResponse(responseCode = "404", description = ListingsApiDocumentation.NOT_FOUND)
	@ApiResponse(responseCode = "409", description = "The listing was removed already.")
	@ApiResponse(responseCode = "412", description = ListingsApiDocumentation.STALE)
	void delete(Caller caller, @PathVariable UUID id,
			@Parameter(description = ListingsApiDocumentation.IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH,
					required = false) String ifMatch) {
		listings.delete(caller, id, requiredVersion(caller, id, ifMatch));
	}

	@GetMapping("/{id}/price-history")
	@Operation(summary = "Every price the listing has had, oldest first")
	@ApiResponse(responseCode = "200", description = "The prices")
	@ApiResponse(responseCode = "404", description = ListingsApiDocumentation.NOT_FOUND)
	List<PricePoint> priceHistory(Caller caller, @PathVariable UUID id) {
		return listings.priceHistory(caller, id);
	}

	@GetMapping("/{id}/similar")
	@Operation(summary = "Public listings like this one", description = """
			Up to 10 of the same purpose, type and currency, within 25 km and half to twice the price, best first; \
			never the listing itself.""")
	@ApiResponse(responseCode = "200", description = "Similar listings")
	@ApiResponse(responseCode = "404", description = ListingsApiDocumentation.NOT_FOUND)
	SimilarListingsResponse similar(Caller caller, @PathVariable UUID id) {
		return new SimilarListingsResponse(
				search.similarTo(listings.find(caller, id)).stream().map(ListingHitResponse::of).toList());
	}

	/** Listings like another, best first. */
	record SimilarListingsResponse(List<ListingHitResponse> items) {
	}

	record StatusChange(@jakarta.validation.constraints.NotNull ListingStatus status) {
	}

	private Long requiredVersion(Caller caller, UUID id, String ifMatch) {
		return IfMatch.requiredVersion(ifMatch, () -> listings.find(caller, id).version(), ListingProblems::stale);
	}

	private static ResponseEntity<ListingResponse> withETag(ResponseEntity.BodyBuilder response, ListingView view) {
		return response.eTag(IfMatch.etagOf(view.version())).body(ListingResponse.of(view));
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

}

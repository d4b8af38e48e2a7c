package com.luxestate.listings.web;

import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says about listings beyond what springdoc reads from the
 * controllers: the wording of the headers every change shares, and the schema of a merge
 * patch, derived from the create body so that the two cannot drift apart.
 */
@Configuration(proxyBeanMethods = false)
class ListingsApiDocumentation {

	static final String IF_MATCH = "The ETag of the listing as the change was based on it: \"7\", or a list such as"
			+ " \"7\", \"8\" (one of them must be current). Weak tags (W/\"7\") never match; * matches any version."
			+ " Without it, the last write wins.";
	static final String ETAG = "The listing's version after this request: send it as If-Match with the next change.";
	static final String STALE = "If-Match names a version that is no longer current: read the listing again.";
	static final String NOT_FOUND = "No such listing, or one the caller may not see (someone else's draft).";
	static final String FORBIDDEN = "The caller may not change this listing (not its owner, nor an admin).";
	static final String INVALID = "Invalid fields or parameters, each named in errors.";

	static final String LISTING_PATCH = "ListingPatch";

	private static final String LISTING_REQUEST = "ListingRequest";

	private static final String SCHEMAS = "#/components/schemas/";

	/**
	 * {@code ListingPatch}: the writable fields of {@code ListingRequest}, every one
	 * optional (nested ones too, since a patch of {@code price.amount} keeps the
	 * currency), and nothing else.
	 */
	@Bean
	OpenApiCustomizer listingPatchSchema() {
		return api -> {
			@SuppressWarnings("rawtypes")
			Map<String, Schema> schemas = api.getComponents() == null ? null : api.getComponents().getSchemas();
			if (schemas == null || !schemas.containsKey(LISTING_REQUEST)) {
				return;
			}
			schemas.put(LISTING_PATCH, optional(schemas.get(LISTING_REQUEST), schemas).description(
					"""
							A JSON merge patch (RFC 7386) of a listing's writable fields: present fields replace, null clears an \
							optional field, absent fields stay. Nested objects are merged the same way. Any other field, \
							read-only ones (id, ownerId, status, images, ...) included, is a 400 naming it."""));
		};
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> optional(Schema<?> writable, Map<String, Schema> schemas) {
		var patch = new Schema<>().type("object").types(Set.of("object"));
		patch.setAdditionalProperties(false);
		writable.getProperties().forEach((name, property) -> {
			if (property.get$ref() != null && property.get$ref().startsWith(SCHEMAS)) {
				var nested = property.get$ref().substring(SCHEMAS.length());
				var nestedPatch = nested + "Patch";
				if (!schemas.containsKey(nestedPatch) && schemas.containsKey(nested)) {
					schemas.put(nestedPatch, optional(schemas.get(nested), schemas));
				}
				patch.addProperty(name, new Schema<>().$ref(SCHEMAS + nestedPatch));
			}
			else {
				patch.addProperty(name, property);
			}
		});
		return patch;
	}

}

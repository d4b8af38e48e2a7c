package com.luxestate.listings.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import com.luxestate.listings.internal.ListingDetails;
import com.luxestate.listings.internal.ListingProblems;
import com.luxestate.platform.BodyFields;
import com.luxestate.platform.ProblemException.FieldError;

/**
 * Applies a JSON merge patch (RFC 7386) to a listing's writable fields: present fields
 * replace, {@code null} removes, absent fields stay. Only writable fields may appear, so
 * {@code status} or {@code ownerId} in a patch is a validation error naming the field,
 * like an unknown field in any other body.
 */
final class MergePatch {

	private static final Set<String> WRITABLE = recordComponents(ListingRequest.class);

	private static final Map<String, Set<String>> NESTED = Map.of("price", recordComponents(ListingRequest.Price.class),
			"address", recordComponents(ListingRequest.AddressFields.class), "location",
			recordComponents(ListingRequest.Location.class));

	private MergePatch() {
	}

	static ListingDetails apply(JsonNode patch, ListingDetails current, JsonMapper json, Validator validator) {
		if (!(patch instanceof ObjectNode patchObject)) {
			throw ListingProblems.invalid("body", "must be a JSON object");
		}
		requireWritable(patchObject);
		var merged = merge(json.valueToTree(ListingRequest.of(current)), patchObject);
		ListingRequest request;
		try {
			request = json.treeToValue(merged, ListingRequest.class);
		}
		catch (DatabindException ex) {
			// The merged document has the patch's shape, so the path names the field of
			// the patch that is wrong.
			throw ListingProblems.invalid(BodyFields.of(ex), "has the wrong type or format");
		}
		catch (tools.jackson.core.JacksonException ex) {
			throw ListingProblems.invalid("body", "has a field of the wrong type or format");
		}
		var violations = validator.validate(request);
		if (!violations.isEmpty()) {
			throw ListingProblems.invalid(violations.stream()
				.map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
				.sorted(java.util.Comparator.comparing(FieldError::field))
				.toList());
		}
		return request.toDetails();
	}

	private static void requireWritable(ObjectNode patch) {
		var unknown = new ArrayList<FieldError>();
		for (var name : patch.propertyNames()) {
			if (!WRITABLE.contains(name)) {
				unknown.add(new FieldError(name, "is not a field that can be set here"));
			}
			else if (NESTED.containsKey(name) && patch.get(name).isObject()) {
				for (var nested : patch.get(name).propertyNames()) {
					if (!NESTED.get(name).contains(nested)) {
						unknown.add(new FieldError(name + "." + nested, "is not a field that can be set here"));
					}
				}
			}
		}
		if (!unknown.isEmpty()) {
			throw ListingProblems.invalid(unknown);
		}
	}

	/** RFC 7386, section 2. */
	static JsonNode merge(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch;
		}
		var result = target != null && target.isObject() ? (ObjectNode) target.deepCopy()
				: JsonNodeFactory.instance.objectNode();
		for (var name : List.copyOf(patch.propertyNames())) {
			var value = patch.get(name);
			if (value.isNull()) {
				result.remove(name);
			}
			else {
				result.set(name, merge(result.get(name), value));
			}
		}
		return result;
	}

	private static Set<String> recordComponents(Class<? extends Record> type) {
		var names = new java.util.HashSet<String>();
		for (var component : type.getRecordComponents()) {
			names.add(component.getName());
		}
		return Set.copyOf(names);
	}

}

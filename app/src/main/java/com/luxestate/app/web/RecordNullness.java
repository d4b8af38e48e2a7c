package com.luxestate.app.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Says in the OpenAPI document what the code says about null, so that a typed client can
 * trust it: every component of one of our records that is not {@link Nullable @Nullable}
 * is {@code required} (always sent, never null), and every {@code @Nullable} one is
 * required too but may be {@code null} ({@code type: [X, "null"]}, or
 * {@code anyOf [$ref, null]} for a reference). Jackson writes every component, null or
 * not, so "required" holds for the answers. In a request body, a missing field is read as
 * null, so {@link OpenApiConfiguration} takes the nullable ones out of {@code required}
 * in the schemas that bodies use.
 */
class RecordNullness implements ModelConverter {

	private static final String OUR_PACKAGES = "com.luxestate.";

	@Override
	@SuppressWarnings("rawtypes")
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		var schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		if (schema == null || type.getType() == null) {
			return schema;
		}
		var raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (!raw.isRecord() || !raw.getName().startsWith(OUR_PACKAGES)) {
			return schema;
		}
		var model = schema.get$ref() == null ? schema
				: context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
		if (model != null && model.getProperties() != null) {
			describe(raw, model);
		}
		return schema;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void describe(Class<?> record, Schema model) {
		var required = new LinkedHashSet<String>(model.getRequired() == null ? List.of() : model.getRequired());
		for (RecordComponent component : record.getRecordComponents()) {
			var name = component.getName();
			var property = (Schema) model.getProperties().get(name);
			if (property == null) {
				continue;
			}
			if (isNullable(component)) {
				model.getProperties().put(name, nullable(property));
			}
			required.add(name);
		}
		model.setRequired(new ArrayList<>(required));
	}

	/**
	 * Whether a property's schema admits {@code null}, as {@link RecordNullness} writes
	 * it.
	 */
	@SuppressWarnings("rawtypes")
	static boolean admitsNull(Schema property) {
		return property.getTypes() != null && property.getTypes().contains("null")
				|| property.getAnyOf() != null && property.getAnyOf().stream().anyMatch(RecordNullness::isNullType);
	}

	static boolean isNullable(RecordComponent component) {
		return component.getAnnotatedType().isAnnotationPresent(Nullable.class)
				|| component.isAnnotationPresent(Nullable.class);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema nullable(Schema property) {
		if (property.get$ref() != null) {
			return new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()), nullType()))
				.description(property.getDescription());
		}
		if (property.getAnyOf() != null) {
			if (property.getAnyOf().stream().noneMatch(RecordNullness::isNullType)) {
				property.addAnyOfItem(nullType());
			}
			return property;
		}
		var types = new LinkedHashSet<String>();
		if (property.getTypes() != null) {
			types.addAll(property.getTypes());
		}
		else if (property.getType() != null) {
			types.add(property.getType());
		}
		types.add("null");
		property.setTypes(types);
		if (property.getEnum() != null && !property.getEnum().contains(null)) {
			property.getEnum().add(null);
		}
		return property;
	}

	private static boolean isNullType(Object schema) {
		return schema instanceof Schema<?> alternative && alternative.getTypes() != null
				&& alternative.getTypes().equals(Set.of("null"));
	}

	private static Schema<Object> nullType() {
		return new Schema<>().types(Set.of("null"));
	}

}

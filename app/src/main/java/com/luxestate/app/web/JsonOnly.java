package com.luxestate.app.web;

import java.util.Set;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

/**
 * The API reads and writes JSON only, and reads it strictly: a value of the wrong type is
 * an error naming the field ({@code "status": 1} is not the second status,
 * {@code "bedrooms": 2.7} is not 2, {@code "price": "10"} is not 10), and no string may
 * hold a NUL character, which PostgreSQL refuses (and which, in a query, broke the
 * connection).
 */
@Configuration(proxyBeanMethods = false)
class JsonOnly {

	/**
	 * Formats other libraries bring along (Jackson 2's YAML through swagger-core): none
	 * of them is the API's.
	 */
	private static final Set<String> FOREIGN_SUBTYPES = Set.of("yaml", "x-yaml", "xml", "cbor", "smile", "x-protobuf",
			"protobuf");

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		return json -> json.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.withCoercionConfig(LogicalType.Textual,
					coercion -> coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer,
					coercion -> coercion.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					coercion -> coercion.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					coercion -> coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Enum,
					coercion -> coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.addModule(new SimpleModule("no-nul-in-strings").addDeserializer(String.class, new NoNulString()));
	}

	@Bean
	ServerHttpMessageConvertersCustomizer jsonConvertersOnly() {
		return converters -> converters
			.configureMessageConvertersList(list -> list.removeIf(converter -> converter.getSupportedMediaTypes()
				.stream()
				.map(MediaType::getSubtype)
				.anyMatch(FOREIGN_SUBTYPES::contains)));
	}

	/**
	 * Every JSON string the API reads, one rule for all fields: a NUL is refused before
	 * it can reach SQL.
	 */
	static final class NoNulString extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			var value = super.deserialize(parser, context);
			if (value != null && value.indexOf('\u0000') >= 0) {
				return (String) context.handleWeirdStringValue(String.class, value, "a NUL character is not allowed");
			}
			return value;
		}

	}

}

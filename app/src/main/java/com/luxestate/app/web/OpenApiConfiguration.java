package com.luxestate.app.web;

import com.luxestate.platform.Caller;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document at {@code /v3/api-docs} is the contract frontends build against: it names the bearer
 * scheme and documents the problem format every operation may answer with.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearer";

	static {
		// Controllers take the caller from the access token, not from the request: no parameter to document.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

	@Bean
	OpenAPI luxestateOpenApi(ObjectProvider<BuildProperties> build) {
		var version = build.getIfAvailable() != null ? build.getIfAvailable().getVersion() : "dev";
		return new OpenAPI()
				.info(new Info().title("LuxeState API").version(version).description("""
						REST API of the LuxeState real-estate marketplace. Ids are UUIDs, time is ISO-8601 UTC,
						money is {amount, currency}; every error is an
						RFC 9457 problem whose `type` is one of https://api.luxestate.dev/problems/* (docs/problems.md)."""))
				.components(new Components()
						.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
								.bearerFormat("JWT")));
	}

	/**
	 * Every operation may fail; frontends get the shape of that failure from the document, not by trial. Error
	 * responses an operation documents (400, 412, ...) are problems too, whatever springdoc guessed from the
	 * operation's return type.
	 */
	@Bean
	OpenApiCustomizer problemResponsesInEveryOperation() {
		return api -> {
			// Added here, after springdoc has pruned the schemas no operation referenced yet.
			api.getComponents().addSchemas("Problem", problemSchema());
			if (api.getPaths() == null) {
				return;
			}
			var problemContent = new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
			var problem = new ApiResponse().description("An RFC 9457 problem").content(problemContent);
			api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
				operation.getResponses().putIfAbsent("default", problem);
				operation.getResponses().forEach((status, response) -> {
					if (status.startsWith("4") || status.startsWith("5")) {
						response.setContent(problemContent);
					}
				});
			}));
		};
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problemSchema() {
		Map<String, Schema> properties = new java.util.LinkedHashMap<>();
		properties.put("type", typed("string").format("uri")
				.description("Stable URI of the kind of error, e.g. https://api.luxestate.dev/problems/validation-failed"));
		properties.put("title", typed("string"));
		properties.put("status", typed("integer"));
		properties.put("detail", typed("string"));
		properties.put("instance", typed("string").format("uri-reference"));
		properties.put("errors", typed("array").description("Present for validation-failed")
				.items(typed("object")
						.addProperty("field", typed("string"))
						.addProperty("message", typed("string"))));
		return typed("object").properties(properties)
				.required(java.util.List.of("type", "title", "status"));
	}

	/** A schema of one type, written as OpenAPI 3.1 writes types ({@code types}) and as 3.0 does ({@code type}). */
	private static Schema<Object> typed(String type) {
		return new Schema<>().type(type).types(java.util.Set.of(type));
	}
}

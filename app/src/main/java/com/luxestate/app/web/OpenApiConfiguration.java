package com.luxestate.app.web;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

import com.luxestate.platform.Caller;
import com.luxestate.platform.ProblemType;

/**
 * The OpenAPI 3.1 document at {@code /v3/api-docs} is the contract frontends build
 * against: it names the bearer scheme and documents the problem format every operation
 * may answer with.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearer";

	static {
		// Controllers take the caller from the access token, not from the request: no
		// parameter to document.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

	@Bean
	OpenAPI luxestateOpenApi(ObjectProvider<BuildProperties> build) {
		var version = build.getIfAvailable() != null ? build.getIfAvailable().getVersion() : "dev";
		return new OpenAPI().info(new Info().title("LuxeState API").version(version).description("""
				REST API of the LuxeState real-estate marketplace. Ids are UUIDs, time is ISO-8601 UTC,
				money is {amount, currency}; every error is an
				RFC 9457 problem whose `type` is one of https://api.luxestate.dev/problems/* (docs/problems.md)."""))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
	}

	/**
	 * Required and nullable fields from the records' JSpecify annotations: one rule, no
	 * per-field schema.
	 */
	@Bean
	RecordNullness recordNullness() {
		return new RecordNullness();
	}

	/**
	 * The problems an operation can answer with, read from what it is: anything that
	 * takes parameters or a body can be invalid (400), any call may carry an expired or
	 * invalid token (401), a guarded one may be refused (403), one that names a resource
	 * in its path may not find it (404), one that reads If-Match may find it stale (412).
	 * What only some operations answer (409, 429, ...) they declare themselves with
	 * {@code @ApiResponse}.
	 */
	@Bean
	OperationCustomizer problemsEveryOperationCanAnswer() {
		return (operation, handler) -> {
			var responses = operation.getResponses();
			var parameters = operation.getParameters() == null
					? List.<io.swagger.v3.oas.models.parameters.Parameter>of() : operation.getParameters();
			var guarded = isAnnotated(handler, PreAuthorize.class);
			var secured = guarded
					|| isAnnotated(handler, io.swagger.v3.oas.annotations.security.SecurityRequirement.class);
			if (!parameters.isEmpty() || operation.getRequestBody() != null) {
				responses.putIfAbsent("400",
						new ApiResponse().description("Invalid fields or parameters, each named in errors."));
			}
			responses.putIfAbsent("401",
					new ApiResponse().description(
							secured ? "No valid access token: missing, expired, revoked, or of a suspended account."
									: "An access token was sent and is not valid (call without one to be anonymous)."));
			if (guarded) {
				responses.putIfAbsent("403", new ApiResponse().description("The caller's role does not allow this."));
			}
			if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
				responses.putIfAbsent("404",
						new ApiResponse().description("No such resource, or one the caller may not see."));
			}
			if (parameters.stream()
				.anyMatch(parameter -> "header".equals(parameter.getIn())
						&& "If-Match".equalsIgnoreCase(parameter.getName()))) {
				responses.putIfAbsent("412",
						new ApiResponse().description("If-Match names a version that is no longer current."));
			}
			return operation;
		};
	}

	private static boolean isAnnotated(HandlerMethod handler,
			Class<? extends java.lang.annotation.Annotation> annotation) {
		return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), annotation)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), annotation);
	}

	/**
	 * Every operation may fail; frontends get the shape of that failure from the
	 * document, not by trial. Error responses an operation documents (400, 412, ...) are
	 * problems too, whatever springdoc guessed from the operation's return type, each
	 * with an example of its kind.
	 */
	@Bean
	OpenApiCustomizer problemResponsesInEveryOperation() {
		return api -> {
			// Added here, after springdoc has pruned the schemas no operation referenced
			// yet.
			api.getComponents().addSchemas("Problem", problemSchema());
			if (api.getPaths() == null) {
				return;
			}
			var problem = new ApiResponse().description("An RFC 9457 problem").content(problemContent(null));
			api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
				operation.getResponses().putIfAbsent("default", problem);
				operation.getResponses().forEach((status, response) -> {
					if (status.startsWith("4") || status.startsWith("5")) {
						response.setContent(problemContent(problemExample(Integer.parseInt(status), path)));
					}
				});
			}));
		};
	}

	/**
	 * Every list answers in platform's one page shape ({@code Page<T>}, springdoc names
	 * each {@code PageX}); platform knows nothing of OpenAPI, so its two paging fields
	 * are described here, once for every list.
	 */
	@Bean
	OpenApiCustomizer pagesDescribeTheirCursor() {
		return api -> {
			if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
				return;
			}
			api.getComponents().getSchemas().forEach((name, schema) -> {
				if (!name.startsWith("Page") || schema.getProperties() == null
						|| !schema.getProperties().containsKey("nextCursor")) {
					return;
				}
				Schema<?> cursor = (Schema<?>) schema.getProperties().get("nextCursor");
				cursor.description("Pass as cursor for the next page; null on the last page")
					.example("eyJ2IjoxLCJzIjoibmV3ZXN0In0");
				Schema<?> total = (Schema<?>) schema.getProperties().get("total");
				if (total != null) {
					total.description("How many items the whole list has, all pages together").example(42);
				}
			});
		};
	}

	/**
	 * In a request body a missing field is read as null, so the nullable fields of the
	 * schemas bodies use are not required there (in answers they are: every field is
	 * always written).
	 */
	@Bean
	OpenApiCustomizer requestBodiesMayLeaveOutNullableFields() {
		return api -> {
			if (api.getPaths() == null || api.getComponents() == null || api.getComponents().getSchemas() == null) {
				return;
			}
			@SuppressWarnings("rawtypes")
			Map<String, Schema> schemas = api.getComponents().getSchemas();
			var pending = new ArrayDeque<Schema<?>>();
			api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
				if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
					operation.getRequestBody().getContent().values().forEach(media -> {
						if (media.getSchema() != null) {
							pending.add(media.getSchema());
						}
					});
				}
			}));
			var seen = new HashSet<String>();
			while (!pending.isEmpty()) {
				var schema = pending.pop();
				if (schema.get$ref() != null) {
					var name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
					if (seen.add(name) && schemas.get(name) != null) {
						pending.add(schemas.get(name));
					}
					continue;
				}
				if (schema.getProperties() != null) {
					schema.getProperties().forEach((name, property) -> {
						if (schema.getRequired() != null && RecordNullness.admitsNull(property)) {
							schema.getRequired().remove(name);
						}
						pending.add(property);
					});
					if (schema.getRequired() != null && schema.getRequired().isEmpty()) {
						schema.setRequired(null);
					}
				}
				if (schema.getItems() != null) {
					pending.add(schema.getItems());
				}
				if (schema.getAnyOf() != null) {
					schema.getAnyOf().forEach(pending::add);
				}
			}
		};
	}

	private static Content problemContent(Map<String, Object> example) {
		var media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
		if (example != null) {
			media.setExample(example);
		}
		return new Content().addMediaType("application/problem+json", media);
	}

	/**
	 * What a problem of this status looks like, with its stable type (docs/problems.md).
	 */
	private static Map<String, Object> problemExample(int status, String path) {
		var kind = status == 400 ? ProblemType.VALIDATION_FAILED : ProblemType.forStatus(status);
		var example = new LinkedHashMap<String, Object>();
		example.put("type", kind.type().toString());
		example.put("title", kind.title());
		example.put("status", status);
		example.put("detail", switch (status) {
			case 400 -> "The request is invalid.";
			case 401 -> "Authentication is required to access this resource.";
			case 403 -> "You may not do this.";
			case 404 -> "There is nothing here.";
			case 409 -> "This conflicts with the current state of the resource.";
			case 412 -> "The resource changed since you read it: read it again.";
			case 429 -> "Too many failed attempts. Try again later.";
			default -> kind.title() + ".";
		});
		example.put("instance", path.replaceAll("\\{[^}]+}", "0190f5a2-7c4e-7b1a-9d3e-2f6a8b4c1d5e"));
		if (status == 400) {
			example.put("errors", List.of(Map.of("field", "title", "message", "must not be blank")));
		}
		return example;
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
		properties.put("errors",
				typed("array").description("Present for validation-failed")
					.items(typed("object").addProperty("field", typed("string").example("price.amount"))
						.addProperty("message", typed("string").example("must be greater than 0"))
						.required(java.util.List.of("field", "message"))));
		return typed("object").properties(properties).required(java.util.List.of("type", "title", "status"));
	}

	/**
	 * A schema of one type, written as OpenAPI 3.1 writes types ({@code types}) and as
	 * 3.0 does ({@code type}).
	 */
	private static Schema<Object> typed(String type) {
		return new Schema<>().type(type).types(java.util.Set.of(type));
	}

}

package com.luxestate.app.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import com.luxestate.identity.Permission;
import com.luxestate.platform.ProblemType;

/**
 * The API is a stateless OAuth2 resource server: a request is anonymous or carries a
 * bearer JWT issued by the identity module (which also provides the {@code JwtDecoder}
 * that verifies it), nothing is kept between requests, so any instance can answer any
 * request. Health, documentation and public reads are open; everything else needs a valid
 * token, and modules authorize further with permissions on their services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(WebSettings.class)
class SecurityConfiguration {

	/**
	 * Identity's routes for callers who hold credentials, a refresh token or a mailed
	 * token instead of an access token.
	 */
	static final String[] PUBLIC_AUTH_ROUTES = { "/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh",
			"/api/v1/auth/logout", "/api/v1/auth/email/verify", "/api/v1/auth/password/forgot",
			"/api/v1/auth/password/reset" };

	@Bean
	SecurityFilterChain api(HttpSecurity http, Problems problems) throws Exception {
		var problemEntryPoint = new ProblemAuthenticationEntryPoint(problems);
		return http.csrf(csrf -> csrf.disable()) // no cookies, no sessions: bearer tokens
													// are not sent by browsers on their
													// own
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.cors(Customizer.withDefaults())
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.frameOptions(frames -> frames.deny()))
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.OPTIONS, "/**")
				.permitAll()
				// Identity's routes for callers without an access token (yet): they hold
				// credentials,
				// a refresh token or a mailed token instead. Open to every method, as the
				// token is ignored there:
				// a wrong method is Spring MVC's 405 with Allow, not a 401 for a caller
				// who is signed in.
				.requestMatchers(PUBLIC_AUTH_ROUTES)
				.permitAll()
				// Public reads of the marketplace; the modules decide per resource what
				// is public.
				.requestMatchers(HttpMethod.GET, "/api/v1/listings", "/api/v1/listings/**", "/api/v1/agents/*")
				.permitAll()
				// The admin area is closed before any request body is read: a non-admin
				// learns nothing of it.
				.requestMatchers("/api/v1/admin/**")
				.hasAuthority(Permission.USERS_MANAGE.authority())
				.requestMatchers("/api/**")
				.authenticated()
				// Outside the API: health, info and metrics (only those are exposed), the
				// OpenAPI document
				// and Swagger UI, the JWKS, the error page; an unknown path is an honest
				// 404.
				.anyRequest()
				.permitAll())
			.oauth2ResourceServer(
					resourceServer -> resourceServer.bearerTokenResolver(ignoringTokensOn(PUBLIC_AUTH_ROUTES))
						.jwt(jwt -> jwt.jwtAuthenticationConverter(permissionsAsAuthorities()))
						.authenticationEntryPoint(problemEntryPoint)
						.accessDeniedHandler(new ProblemAccessDeniedHandler(problems)))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problemEntryPoint)
				.accessDeniedHandler(new ProblemAccessDeniedHandler(problems)))
			.build();
	}

	/**
	 * Frontends attach the access token to every call, also when it has just expired and
	 * they call {@code /auth/refresh} to get a new one: on the public auth routes the
	 * header is ignored, not answered with 401.
	 */
	static BearerTokenResolver ignoringTokensOn(String... publicRoutes) {
		var standard = new DefaultBearerTokenResolver();
		var routes = java.util.Set.of(publicRoutes);
		return request -> routes.contains(request.getRequestURI()) ? null : standard.resolve(request);
	}

	/**
	 * Modules authorize with permissions ({@code listings:write}, {@code users:manage}),
	 * which identity puts in the token's {@code permissions} claim; they become
	 * authorities as they are, without a {@code SCOPE_} prefix.
	 */
	static JwtAuthenticationConverter permissionsAsAuthorities() {
		var authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName("permissions");
		authorities.setAuthorityPrefix("");
		var converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(WebSettings settings) {
		var origins = settings.cors() == null ? List.<String>of() : settings.cors().allowedOrigins();
		if (origins.stream().anyMatch(origin -> origin.contains("*"))) {
			throw new IllegalStateException("LUXESTATE_CORS_ALLOWED_ORIGINS lists exact origins; '*' is not allowed");
		}
		var cors = new CorsConfiguration();
		cors.setAllowedOrigins(origins);
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH,
				HttpHeaders.IF_NONE_MATCH, "Idempotency-Key"));
		cors.setExposedHeaders(
				List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE));
		cors.setAllowCredentials(false);
		if (settings.cors() != null) {
			cors.setMaxAge(settings.cors().maxAge());
		}
		var source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

	/**
	 * Spring Security uses the filter of this name for CORS; it refuses a request from an
	 * origin that is not allowed with a problem, like every other refusal, instead of a
	 * plain-text 403.
	 */
	@Bean
	CorsFilter corsFilter(CorsConfigurationSource corsConfigurationSource, Problems problems) {
		var filter = new CorsFilter(corsConfigurationSource);
		filter.setCorsProcessor(new DefaultCorsProcessor() {
			@Override
			public boolean processRequest(CorsConfiguration config, HttpServletRequest request,
					HttpServletResponse response) throws IOException {
				var allowed = super.processRequest(config, request, response);
				if (!allowed) {
					problems.write(Problems.of(ProblemType.FORBIDDEN, "This origin may not call the API."), request,
							response);
				}
				return allowed;
			}

			@Override
			protected void rejectRequest(ServerHttpResponse response) {
				// The problem is written by processRequest, which knows the request it
				// answers.
			}
		});
		return filter;
	}

	/** Only inside Spring Security's chain, not a second time as a filter of its own. */
	@Bean
	FilterRegistrationBean<CorsFilter> corsFilterOnlyInTheSecurityChain(CorsFilter corsFilter) {
		var registration = new FilterRegistrationBean<>(corsFilter);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * Runs before Spring Security, so an oversized body is refused before anything reads
	 * it.
	 */
	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(WebSettings settings, Problems problems) {
		var registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(settings.maxBodySize(), settings.maxUploadSize(), problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Right after the size limit, before Spring Security or Tomcat's parameter parsing
	 * can fail on a bad request.
	 */
	@Bean
	FilterRegistrationBean<WellFormedRequest> wellFormedRequest(Problems problems) {
		var registration = new FilterRegistrationBean<>(new WellFormedRequest(problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}

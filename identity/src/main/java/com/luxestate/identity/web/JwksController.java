package com.luxestate.identity.web;

import java.time.Duration;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.luxestate.identity.internal.AccessTokenKeys;

@RestController
@Tag(name = "Authentication")
class JwksController {

	private final AccessTokenKeys keys;

	JwksController(AccessTokenKeys keys) {
		this.keys = keys;
	}

	@GetMapping(path = "/.well-known/jwks.json", produces = { "application/jwk-set+json", "application/json" })
	@Operation(summary = "The public keys access tokens are signed with (JWKS)")
	ResponseEntity<Map<String, Object>> keySet() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(keys.publicKeySet());
	}

}

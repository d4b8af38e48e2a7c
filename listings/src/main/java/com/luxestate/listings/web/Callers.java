package com.luxestate.listings.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;

import com.luxestate.identity.Permission;
import com.luxestate.listings.internal.Caller;

/** The caller as the access token describes it; no token is the anonymous caller of public reads. */
final class Callers {

	static final String MODERATE = Permission.LISTINGS_MODERATE.authority();

	private Callers() {
	}

	static Caller of(Jwt token) {
		if (token == null) {
			return Caller.ANONYMOUS;
		}
		List<String> permissions = token.getClaimAsStringList("permissions");
		return new Caller(UUID.fromString(token.getSubject()), permissions != null && permissions.contains(MODERATE));
	}
}

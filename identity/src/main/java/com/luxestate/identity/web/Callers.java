package com.luxestate.identity.web;

import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling: the subject of their verified access token, never an id from the request body. */
final class Callers {

	private Callers() {
	}

	static UUID idOf(Jwt token) {
		return UUID.fromString(token.getSubject());
	}
}

package com.luxestate.app.web;

import com.luxestate.platform.ProblemType;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as a problem, with the {@code WWW-Authenticate} challenge RFC 6750 asks for. The
 * detail says whether a token was missing or rejected, never why it was rejected: that
 * would help whoever forges tokens.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final Problems problems;

	ProblemAuthenticationEntryPoint(Problems problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		var tokenRejected = failure instanceof InvalidBearerTokenException
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null;
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				tokenRejected
						? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\""
						: "Bearer");
		problems.write(
				Problems.of(ProblemType.UNAUTHORIZED,
						tokenRejected ? "The access token is invalid or has expired."
								: "This operation needs an access token (Authorization: Bearer ...)."),
				request, response);
	}

}

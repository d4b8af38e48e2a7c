package com.luxestate.app.web;

import com.luxestate.platform.ProblemType;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 as a problem: the caller is known but lacks the permission. */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final Problems problems;

	ProblemAccessDeniedHandler(Problems problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		problems.write(Problems.of(ProblemType.FORBIDDEN, "You do not have permission to do this."), request, response);
	}

}

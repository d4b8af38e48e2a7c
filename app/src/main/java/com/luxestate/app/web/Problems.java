package com.luxestate.app.web;

import com.luxestate.platform.ProblemException;
import com.luxestate.platform.ProblemType;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds problem details the one way this API writes them, and writes them where Spring
 * MVC is not involved (security filters, the body size limit, the servlet container's
 * error page).
 */
@Component
class Problems {

	static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private final JsonMapper json;

	Problems(JsonMapper json) {
		this.json = json;
	}

	static ProblemDetail of(ProblemType type, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(type.status()), detail);
		problem.setType(type.type());
		problem.setTitle(type.title());
		return problem;
	}

	static ProblemDetail validationFailed(String detail, List<ProblemException.FieldError> errors) {
		var problem = of(ProblemType.VALIDATION_FAILED, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * Gives a problem a stable type and title when whoever raised it only chose a status,
	 * and names the request it answers.
	 */
	static ProblemDetail normalize(ProblemDetail problem, HttpStatusCode status, String path) {
		if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
			var kind = ProblemType.forStatus(status.value());
			problem.setType(kind.type());
			problem.setTitle(kind.title());
		}
		if (problem.getInstance() == null && path != null) {
			problem.setInstance(URI.create(path));
		}
		return problem;
	}

	void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response)
			throws java.io.IOException {
		normalize(problem, HttpStatusCode.valueOf(problem.getStatus()), request.getRequestURI());
		response.setStatus(problem.getStatus());
		withSecurityHeaders(response);
		response.setContentType(PROBLEM_JSON.toString());
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * The headers Spring Security writes on every answer it sees, for the answers written
	 * before it runs (a refused body size or query string) or without it (the servlet
	 * container's own errors).
	 */
	static void withSecurityHeaders(HttpServletResponse response) {
		if (response.containsHeader("X-Content-Type-Options")) {
			return;
		}
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
		response.setHeader("Pragma", "no-cache");
		response.setHeader("Expires", "0");
		response.setHeader("X-XSS-Protection", "0");
	}

}

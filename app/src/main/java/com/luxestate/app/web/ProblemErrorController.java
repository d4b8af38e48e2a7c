package com.luxestate.app.web;

import com.luxestate.platform.ProblemType;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's error page: whatever fails outside Spring MVC (a filter, the
 * servlet container) still answers with a problem, and with nothing internal in it. The
 * page is no operation of the API: called directly it is not found, and the OpenAPI
 * document does not list it.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping(path = "${spring.web.error.path:/error}",
			produces = { "application/problem+json", "application/json", "*/*" })
	ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
		var status = request.getDispatcherType() == DispatcherType.ERROR ? statusOf(request) : HttpStatus.NOT_FOUND;
		var kind = ProblemType.forStatus(status.value());
		var detail = status.is5xxServerError() ? "Something went wrong on our side. The failure has been logged."
				: status.value() == 404 ? "There is no resource at this path." : "The request could not be processed.";
		var problem = Problems.of(kind, detail);
		problem.setStatus(status.value());
		var originalPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Problems.normalize(problem, status, originalPath instanceof String path ? path : request.getRequestURI());
		// An error Spring Security refused before its header writer ran (a path its
		// firewall rejects) lacks them.
		Problems.withSecurityHeaders(response);
		return ResponseEntity.status(status).contentType(Problems.PROBLEM_JSON).body(problem);
	}

	private static HttpStatusCode statusOf(HttpServletRequest request) {
		var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value && value >= 400 && value < 600) {
			return HttpStatusCode.valueOf(value);
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}

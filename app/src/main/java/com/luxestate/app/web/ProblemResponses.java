package com.luxestate.app.web;

import com.luxestate.platform.BodyFields;
import com.luxestate.platform.ProblemException;
import com.luxestate.platform.ProblemType;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error raised while Spring MVC handles a request becomes an RFC 9457 problem with
 * a stable type. Nothing internal leaves the service: no stack traces, no SQL, no class
 * names; unexpected failures are logged here in full instead.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new ProblemException.FieldError(error.getField(), error.getDefaultMessage()))
			.sorted(Comparator.comparing(ProblemException.FieldError::field))
			.toList();
		var globalErrors = ex.getBindingResult()
			.getGlobalErrors()
			.stream()
			.map(error -> new ProblemException.FieldError(error.getObjectName(), error.getDefaultMessage()));
		return problem(Problems.validationFailed("The request has invalid fields.",
				java.util.stream.Stream.concat(errors.stream(), globalErrors).toList()), request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new ProblemException.FieldError(parameterName(result.getMethodParameter()),
						error.getDefaultMessage())))
			.toList();
		return problem(Problems.validationFailed("The request has invalid parameters.", errors), request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
			return problem(
					Problems.validationFailed("The request body has fields this operation does not accept.", List
						.of(new ProblemException.FieldError(path(unknown), "is not a field that can be set here"))),
					request);
		}
		if (ex.getCause() instanceof InvalidFormatException | ex.getCause() instanceof MismatchedInputException) {
			var mismatch = (DatabindException) ex.getCause();
			return problem(
					Problems.validationFailed("The request body has a field of the wrong type or format.",
							List.of(new ProblemException.FieldError(path(mismatch), "has the wrong type or format"))),
					request);
		}
		var tooLarge = RequestBodyLimit.PayloadTooLarge.findIn(ex);
		if (tooLarge != null) {
			return problem(Problems.of(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage()), request);
		}
		return problem(Problems.of(ProblemType.MALFORMED_REQUEST, "The request body is missing or is not valid JSON."),
				request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return problem(Problems.of(ProblemType.NOT_FOUND, "There is no resource at this path."), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> onParameterOfWrongType(MethodArgumentTypeMismatchException ex, WebRequest request) {
		return problem(
				Problems.validationFailed("A parameter has the wrong type or format.",
						List.of(new ProblemException.FieldError(ex.getName(), "has the wrong type or format"))),
				request);
	}

	/**
	 * A multipart body without a boundary, with a broken one, or cut short: the client's
	 * mistake, not ours (an upload above the limit is answered as 413 by the base class,
	 * which handles that subclass itself).
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> onMalformedMultipart(MultipartException ex, WebRequest request) {
		return problem(Problems.of(ProblemType.MALFORMED_REQUEST,
				"The request is not a well-formed multipart/form-data body."), request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> onConstraintViolation(ConstraintViolationException ex, WebRequest request) {
		var errors = ex.getConstraintViolations()
			.stream()
			.map(violation -> new ProblemException.FieldError(lastNode(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.sorted(Comparator.comparing(ProblemException.FieldError::field))
			.toList();
		return problem(Problems.validationFailed("The request is invalid.", errors), request);
	}

	/**
	 * The problems modules raise, worded for the caller: rendered here, and only here,
	 * with the headers their kind calls for ({@code WWW-Authenticate} on 401,
	 * {@code Retry-After} when the module said when to come back).
	 */
	@ExceptionHandler(ProblemException.class)
	ResponseEntity<Object> onProblem(ProblemException ex, WebRequest request) {
		var problem = Problems.of(ex.type(), ex.detail());
		if (!ex.errors().isEmpty()) {
			problem.setProperty("errors", ex.errors());
		}
		Problems.normalize(problem, HttpStatusCode.valueOf(problem.getStatus()), pathOf(request));
		var response = ResponseEntity.status(problem.getStatus()).contentType(Problems.PROBLEM_JSON);
		if (ex.type() == ProblemType.UNAUTHORIZED) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		if (ex.retryAfterSeconds() != null) {
			response.header(HttpHeaders.RETRY_AFTER, ex.retryAfterSeconds().toString());
		}
		return response.body(problem);
	}

	/**
	 * Two writers raced for one version of a resource: 412 when the client named the
	 * version it had read ({@code If-Match}), otherwise 409; either way the client reads
	 * again and retries.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> onConcurrentChange(OptimisticLockingFailureException ex, WebRequest request) {
		var ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
		return problem(ifMatch != null
				? Problems.of(ProblemType.PRECONDITION_FAILED, "The resource was changed since you read it.") : Problems
					.of(ProblemType.CONFLICT, "The resource was changed at the same time; read it again and retry."),
				request);
	}

	/**
	 * Spring Security decides between 401 and 403 (and answers with a problem), not this
	 * advice.
	 */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void onSecurityException(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> onUnexpected(Exception ex, WebRequest request) {
		// Spring Data JDBC wraps what failed in its aggregate change; a lost optimistic
		// lock is still a conflict.
		for (var cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof OptimisticLockingFailureException concurrentChange) {
				return onConcurrentChange(concurrentChange, request);
			}
		}
		log.error("Unexpected failure answering {}", describe(request), ex);
		return problem(Problems.of(ProblemType.INTERNAL_ERROR,
				"Something went wrong on our side. The failure has been logged."), request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		var response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			Problems.normalize(problem, statusCode, pathOf(request));
			// Named here, the type is not negotiated: an Accept header that cannot be
			// read (;;; or q=2) would
			// otherwise fail the writing of the problem itself and leave the error
			// without a body.
			return ResponseEntity.status(response.getStatusCode())
				.headers(response.getHeaders())
				.contentType(Problems.PROBLEM_JSON)
				.body(problem);
		}
		return response;
	}

	private static ResponseEntity<Object> problem(ProblemDetail problem, WebRequest request) {
		Problems.normalize(problem, HttpStatusCode.valueOf(problem.getStatus()), pathOf(request));
		return ResponseEntity.status(problem.getStatus()).contentType(Problems.PROBLEM_JSON).body(problem);
	}

	private static String pathOf(WebRequest request) {
		return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
	}

	private static String describe(WebRequest request) {
		if (request instanceof ServletWebRequest servlet) {
			HttpServletRequest http = servlet.getRequest();
			return http.getMethod() + " " + http.getRequestURI();
		}
		return "a request";
	}

	private static String path(DatabindException ex) {
		return BodyFields.of(ex);
	}

	private static String parameterName(org.springframework.core.MethodParameter parameter) {
		var name = parameter.getParameterName();
		return name != null ? name : "parameter " + parameter.getParameterIndex();
	}

	private static String lastNode(String propertyPath) {
		var dot = propertyPath.lastIndexOf('.');
		return dot >= 0 ? propertyPath.substring(dot + 1) : propertyPath;
	}

}

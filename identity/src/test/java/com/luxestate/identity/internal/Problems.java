package com.luxestate.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import org.springframework.http.HttpStatus;

import com.luxestate.platform.ProblemException;

/** Assertions on the problems identity's services raise (rendered as problem details by the application). */
final class Problems {

	private Problems() {
	}

	/** Runs {@code call}, which must fail with a problem of {@code status}, and returns that problem. */
	static ProblemException assertProblem(HttpStatus status, ThrowingCallable call) {
		var thrown = catchThrowable(call);
		assertThat(thrown).as("a %s problem", status).isInstanceOf(ProblemException.class);
		var problem = (ProblemException) thrown;
		assertThat(problem.getStatusCode().value()).as("status of: %s", problem.getBody().getDetail())
				.isEqualTo(status.value());
		return problem;
	}

	/** The fields a validation problem names. */
	static List<String> offendingFields(ProblemException problem) {
		var properties = problem.getBody().getProperties();
		assertThat(properties).as("problem properties").isNotNull().containsKey("errors");
		return ((List<?>) properties.get("errors")).stream()
				.map(error -> ((ProblemException.FieldError) error).field())
				.toList();
	}
}

package com.luxestate.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import com.luxestate.platform.ProblemException;
import com.luxestate.platform.ProblemType;

/**
 * Assertions on the problems modules raise (which the application renders as problem
 * details).
 */
public final class ProblemAssertions {

	private ProblemAssertions() {
	}

	/**
	 * Runs {@code call}, which must fail with a problem of {@code type}, and returns that
	 * problem.
	 */
	public static ProblemException assertProblem(ProblemType type, ThrowingCallable call) {
		var thrown = catchThrowable(call);
		assertThat(thrown).as("a %s problem", type).isInstanceOf(ProblemException.class);
		var problem = (ProblemException) thrown;
		assertThat(problem.type()).as("type of: %s", problem.detail()).isEqualTo(type);
		return problem;
	}

	/**
	 * Runs {@code call}, which must fail with a validation problem, and returns the
	 * fields it names.
	 */
	public static List<String> assertInvalid(ThrowingCallable call) {
		return offendingFields(assertProblem(ProblemType.VALIDATION_FAILED, call));
	}

	/** The fields a validation problem names, in its order. */
	public static List<String> offendingFields(ProblemException problem) {
		assertThat(problem.type()).as("a validation problem").isEqualTo(ProblemType.VALIDATION_FAILED);
		return problem.errors().stream().map(ProblemException.FieldError::field).toList();
	}

}

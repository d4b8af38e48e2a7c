package com.luxestate.app.runtime;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * When the service cannot reach its database, say so in one line, with the URL it tried
 * and how to fix it, instead of a page of stack trace.
 */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	private final Environment environment;

	DatabaseUnavailableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		var state = cause.getSQLState();
		if (state == null) {
			return null;
		}
		var url = environment.getProperty("spring.datasource.url", "(no spring.datasource.url)")
			.replaceAll("(?i)(password=)[^&;]*", "$1***");
		var user = environment.getProperty("spring.datasource.username", "(none)");
		String problem;
		if (state.startsWith("08")) {
			problem = "nothing answers there";
		}
		else if (state.equals("3D000")) {
			problem = "the database does not exist";
		}
		else if (state.startsWith("28")) {
			problem = "the user or password is wrong";
		}
		else {
			return null;
		}
		return new FailureAnalysis("Cannot connect to PostgreSQL at %s as '%s': %s.".formatted(url, user, problem),
				"Start PostgreSQL (with Docker: docker compose up -d postgres), or set LUXESTATE_DB_URL, "
						+ "LUXESTATE_DB_USERNAME and LUXESTATE_DB_PASSWORD to a server and database that exist.",
				cause);
	}

}

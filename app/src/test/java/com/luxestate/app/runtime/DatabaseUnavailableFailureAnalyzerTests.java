package com.luxestate.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.luxestate.LuxestateApplication;

/**
 * Without a reachable database the service stops at once and says in one line what is
 * missing.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableFailureAnalyzerTests {

	@Test
	void startingWithoutADatabaseExplainsWhatIsMissing(CapturedOutput output) {
		var application = new SpringApplication(LuxestateApplication.class);

		assertThatThrownBy(() -> application.run("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/luxestate",
				"--spring.datasource.username=luxestate", "--spring.docker.compose.enabled=false", "--server.port=0",
				"--luxestate.scheduling.enabled=false"))
			.isNotNull();

		assertThat(output).contains(
				"Cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/luxestate as 'luxestate': nothing answers there.")
			.contains("set LUXESTATE_DB_URL");
	}

}

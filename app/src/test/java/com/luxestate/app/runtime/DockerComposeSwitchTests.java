package com.luxestate.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Docker Compose starts PostgreSQL only where a Docker engine answers and no database was chosen. */
class DockerComposeSwitchTests {

	private final DockerComposeSwitch dockerComposeSwitch = new DockerComposeSwitch();

	@Test
	void anExplicitDatabaseUrlKeepsDockerComposeOff() {
		var environment = new MockEnvironment().withProperty("LUXESTATE_DB_URL", "jdbc:postgresql://db:5432/luxestate");

		dockerComposeSwitch.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(DockerComposeSwitch.ENABLED)).isEqualTo("false");
	}

	@Test
	void anExplicitSettingIsRespected() {
		var environment = new MockEnvironment().withProperty(DockerComposeSwitch.ENABLED, "true")
				.withProperty("LUXESTATE_DB_URL", "jdbc:postgresql://db:5432/luxestate");

		dockerComposeSwitch.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(DockerComposeSwitch.ENABLED)).isEqualTo("true");
	}

	@Test
	void aDockerHostIsReachableOnlyWhenItsSocketExists(@TempDir Path directory) throws Exception {
		var socket = Files.createFile(directory.resolve("docker.sock"));

		assertThat(DockerComposeSwitch.dockerEngineReachable("unix://" + socket)).isTrue();
		assertThat(DockerComposeSwitch.dockerEngineReachable("unix://" + directory.resolve("missing.sock"))).isFalse();
		assertThat(DockerComposeSwitch.dockerEngineReachable("tcp://docker.internal:2375")).isTrue();
	}
}

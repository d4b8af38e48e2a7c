package com.luxestate.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/**
 * Docker Compose starts PostgreSQL only where a Docker engine answers and no database was
 * chosen.
 */
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
	void aDockerHostIsReachableOnlyWhenItsSocketAcceptsConnections(@TempDir Path directory) throws Exception {
		var listening = directory.resolve("engine.sock");
		var stale = Files.createFile(directory.resolve("stale.sock"));
		try (var engine = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			engine.bind(UnixDomainSocketAddress.of(listening));

			assertThat(DockerComposeSwitch.dockerEngineReachable("unix://" + listening)).isTrue();
			assertThat(DockerComposeSwitch.dockerEngineReachable("unix://" + stale)).as("a stale socket file")
				.isFalse();
			assertThat(DockerComposeSwitch.dockerEngineReachable("unix://" + directory.resolve("missing.sock")))
				.isFalse();
			assertThat(DockerComposeSwitch.dockerEngineReachable("tcp://docker.internal:2375")).isTrue();
		}
	}

}

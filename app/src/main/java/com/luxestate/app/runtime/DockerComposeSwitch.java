package com.luxestate.app.runtime;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In development, Spring Boot's Docker Compose support starts
 * {@code docker-compose.yml}'s PostgreSQL. It is only switched on where a Docker engine
 * can actually answer and nobody pointed the service at a database of their own;
 * elsewhere (a machine with only the docker client, CI, production) the service uses
 * {@code LUXESTATE_DB_URL}. The support itself is never packaged into the jar.
 */
class DockerComposeSwitch implements EnvironmentPostProcessor, Ordered {

	static final String ENABLED = "spring.docker.compose.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(ENABLED)) {
			return;
		}
		var databaseChosen = environment.containsProperty("LUXESTATE_DB_URL");
		var enabled = !databaseChosen && dockerEngineReachable(System.getenv("DOCKER_HOST"));
		environment.getPropertySources()
			.addLast(new MapPropertySource("luxestateDockerComposeSwitch", Map.of(ENABLED, Boolean.toString(enabled))));
	}

	static boolean dockerEngineReachable(String dockerHost) {
		if (dockerHost != null && !dockerHost.isBlank()) {
			return !dockerHost.startsWith("unix://") || accepts(Path.of(dockerHost.substring("unix://".length())));
		}
		return accepts(Path.of("/var/run/docker.sock"));
	}

	/**
	 * A socket file may be stale or not ours to open: only a socket that accepts a
	 * connection counts.
	 */
	private static boolean accepts(Path socket) {
		if (!Files.exists(socket)) {
			return false;
		}
		try (var channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			return channel.connect(UnixDomainSocketAddress.of(socket));
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	@Override
	public int getOrder() {
		// Before DevelopmentDatabase, which must know whether Docker Compose provides the
		// database.
		return Ordered.LOWEST_PRECEDENCE - 1;
	}

}

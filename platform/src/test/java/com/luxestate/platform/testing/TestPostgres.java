package com.luxestate.platform.testing;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server every test that touches data runs against, and the throw-away
 * databases made on it.
 * <p>
 * The server is a PostgreSQL 16 container from Testcontainers where Docker is available,
 * and otherwise the one named by {@code LUXESTATE_TEST_DB_URL} (CI, or a developer's
 * local server). With neither, tests fail at once and say how to fix it: there is no
 * in-memory stand-in.
 * <p>
 * Every Spring test context (and the jOOQ drift check) gets a database of its own, so no
 * test can see what another test, another module or an earlier run left behind.
 */
public final class TestPostgres {

	public static final String URL_VARIABLE = "LUXESTATE_TEST_DB_URL";

	static final String DATABASE_PREFIX = "lxs_test_";

	private static final Duration ABANDONED_AFTER = Duration.ofHours(3);

	private static Server server;

	private TestPostgres() {
	}

	/**
	 * A new, empty database on the test server; drop it with
	 * {@link FreshDatabase#drop()}.
	 */
	public static FreshDatabase createFreshDatabase() {
		return server().createDatabase();
	}

	static synchronized Server server() {
		if (server == null) {
			server = locateServer();
			server.dropAbandonedDatabases();
		}
		return server;
	}

	private static Server locateServer() {
		var configured = System.getenv(URL_VARIABLE);
		if (configured == null || configured.isBlank()) {
			configured = System.getProperty("luxestate.test.db.url");
		}
		return locateServer(TestPostgres::dockerIsAvailable, configured);
	}

	static Server locateServer(java.util.function.BooleanSupplier dockerAvailable, String configuredUrl) {
		if (dockerAvailable.getAsBoolean()) {
			var container = new PostgreSQLContainer("postgres:16-alpine");
			container.start();
			return Server.fromJdbcUrl(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		if (configuredUrl != null && !configuredUrl.isBlank()) {
			return Server.fromJdbcUrl(configuredUrl.trim(), System.getenv("LUXESTATE_TEST_DB_USERNAME"),
					System.getenv("LUXESTATE_TEST_DB_PASSWORD"));
		}
		throw new IllegalStateException("""
				No PostgreSQL for the tests: Docker is not available to Testcontainers and %s is not set. \
				Either start Docker, or point %s at a PostgreSQL 15+ server whose user may create databases, \
				for example: export %s='jdbc:postgresql://127.0.0.1:5432/postgres?user=luxestate&password=luxestate' \
				(.ci/run sets this up; see README, section Tests).""".formatted(URL_VARIABLE, URL_VARIABLE,
				URL_VARIABLE));
	}

	private static boolean dockerIsAvailable() {
		// Without any Docker endpoint in sight, skip Testcontainers' probing and the
		// error it logs on failure.
		var dockerHost = System.getenv("DOCKER_HOST");
		var home = System.getProperty("user.home");
		var endpointInSight = (dockerHost != null && !dockerHost.isBlank())
				|| Files.exists(Path.of("/var/run/docker.sock"))
				|| Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
				|| Files.exists(Path.of(home, ".testcontainers.properties"));
		if (!endpointInSight) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	/**
	 * A server the tests may create and drop databases on, reached through its
	 * maintenance database.
	 */
	record Server(String host, int port, String maintenanceDatabase, Properties credentials, String query) {

		static Server fromJdbcUrl(String jdbcUrl, String username, String password) {
			if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
				throw new IllegalStateException(URL_VARIABLE + " must be a jdbc:postgresql:// URL, not "
						+ jdbcUrl.replaceAll("password=[^&]*", "password=***"));
			}
			var uri = URI.create(jdbcUrl.substring("jdbc:".length()));
			var credentials = new Properties();
			var query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
			var otherParameters = new ArrayList<String>();
			for (var parameter : query.split("&")) {
				if (parameter.startsWith("user=")) {
					credentials.setProperty("user", parameter.substring("user=".length()));
				}
				else if (parameter.startsWith("password=")) {
					credentials.setProperty("password", parameter.substring("password=".length()));
				}
				else if (!parameter.isEmpty()) {
					otherParameters.add(parameter);
				}
			}
			if (username != null && !username.isBlank()) {
				credentials.setProperty("user", username);
			}
			if (password != null) {
				credentials.setProperty("password", password);
			}
			var database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres"
					: uri.getPath().substring(1);
			return new Server(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, credentials,
					String.join("&", otherParameters));
		}

		String jdbcUrl(String database) {
			return "jdbc:postgresql://%s:%d/%s%s".formatted(host, port, database, query.isEmpty() ? "" : "?" + query);
		}

		String username() {
			return credentials.getProperty("user", "");
		}

		String password() {
			return credentials.getProperty("password", "");
		}

		FreshDatabase createDatabase() {
			var name = DATABASE_PREFIX + Instant.now().getEpochSecond() + "_"
					+ Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
			execute("CREATE DATABASE " + name);
			return new FreshDatabase(this, name);
		}

		void drop(String database) {
			execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}

		/**
		 * Databases of test runs that were killed before they could clean up after
		 * themselves.
		 */
		void dropAbandonedDatabases() {
			var abandonedBefore = Instant.now().minus(ABANDONED_AFTER).getEpochSecond();
			var abandoned = new ArrayList<String>();
			try (var connection = connect();
					var statement = connection.createStatement();
					var names = statement.executeQuery(
							"SELECT datname FROM pg_database WHERE datname LIKE '" + DATABASE_PREFIX + "%'")) {
				while (names.next()) {
					var name = names.getString(1);
					if (createdAtEpochSecond(name) < abandonedBefore) {
						abandoned.add(name);
					}
				}
			}
			catch (SQLException ex) {
				throw cannotReach(ex);
			}
			abandoned.forEach(this::drop);
		}

		private static long createdAtEpochSecond(String name) {
			try {
				return Long
					.parseLong(name.substring(DATABASE_PREFIX.length(), name.indexOf('_', DATABASE_PREFIX.length())));
			}
			catch (RuntimeException ex) {
				return Long.MAX_VALUE;
			}
		}

		private void execute(String sql) {
			try (var connection = connect(); var statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw cannotReach(ex);
			}
		}

		private Connection connect() throws SQLException {
			return DriverManager.getConnection(jdbcUrl(maintenanceDatabase), credentials);
		}

		private IllegalStateException cannotReach(SQLException ex) {
			return new IllegalStateException(
					"The test PostgreSQL at %s:%d (user '%s') refused: %s. Is it running, and may this user create databases?"
						.formatted(host, port, username(), ex.getMessage()),
					ex);
		}
	}

	/** A database that exists for one test context only. */
	public record FreshDatabase(Server server, String name) {

		public String jdbcUrl() {
			return server.jdbcUrl(name);
		}

		public String username() {
			return server.username();
		}

		public String password() {
			return server.password();
		}

		/**
		 * The connection properties, and a small pool that lets go of idle connections:
		 * Spring keeps every test context it has started, each with its own pool, and a
		 * few dozen idle connections per module would exhaust the server's connection
		 * slots when several builds share it.
		 */
		public List<String> springProperties() {
			return List.of("spring.datasource.url=" + jdbcUrl(), "spring.datasource.username=" + username(),
					"spring.datasource.password=" + password(), "spring.datasource.hikari.maximum-pool-size=10",
					"spring.datasource.hikari.minimum-idle=1");
		}

		/** Another database on the same server, which need not exist yet. */
		public FreshDatabase sibling(String otherName) {
			return new FreshDatabase(server, otherName);
		}

		public void drop() {
			server.drop(name);
		}
	}

}

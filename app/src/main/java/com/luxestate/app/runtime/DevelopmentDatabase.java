package com.luxestate.app.runtime;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Development only ({@code luxestate.dev.create-database=true}, set by the {@code dev}
 * profile): creates the configured database on the configured server when it does not
 * exist yet, so that a fresh clone runs against any local PostgreSQL with one command.
 * Production never creates its own database.
 */
class DevelopmentDatabase implements EnvironmentPostProcessor, Ordered {

	private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://([^/]+)/([A-Za-z0-9_]+)(\\?.*)?");

	private final Log log;

	DevelopmentDatabase(DeferredLogFactory logs) {
		this.log = logs.getLog(DevelopmentDatabase.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("luxestate.dev.create-database", Boolean.class, false)
				|| environment.getProperty(DockerComposeSwitch.ENABLED, Boolean.class, false)) {
			return;
		}
		var url = environment.getProperty("spring.datasource.url", "");
		var matcher = POSTGRES_URL.matcher(url);
		if (!matcher.matches()) {
			return;
		}
		var database = matcher.group(2);
		var maintenanceUrl = "jdbc:postgresql://" + matcher.group(1) + "/postgres"
				+ (matcher.group(3) == null ? "" : matcher.group(3));
		var user = environment.getProperty("spring.datasource.username");
		var password = environment.getProperty("spring.datasource.password");
		try (var connection = DriverManager.getConnection(maintenanceUrl, user, password);
				var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, database);
			try (var rows = exists.executeQuery()) {
				if (!rows.next()) {
					try (var create = connection.createStatement()) {
						create.execute("CREATE DATABASE " + database);
					}
					log.info("Created the development database '" + database + "'");
				}
			}
		}
		catch (SQLException ex) {
			// Start-up goes on and the database failure analyzer explains what is
			// missing.
			log.debug("Could not check or create the development database", ex);
		}
	}

	@Override
	public int getOrder() {
		// After config data, so profile-specific files and the environment are already
		// visible.
		return Ordered.LOWEST_PRECEDENCE;
	}

}

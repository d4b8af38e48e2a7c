package com.luxestate.platform.internal;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every LuxeState context shares, whether it is the deployed jar or one module bootstrapped alone in its
 * tests. They sit below every other property source, so {@code application.yml}, the environment and tests can
 * still override them.
 */
class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE_NAME = "luxestatePlatformDefaults";

	private static final Map<String, Object> DEFAULTS = Map.ofEntries(
			// One Flyway history per module, migrations in db/migration/<module>, root tables in db/migration/__root.
			Map.entry("spring.modulith.runtime.flyway-enabled", "true"),
			// Flyway owns the registry table (db/migration/__root); the registry must not create its own.
			Map.entry("spring.modulith.events.jdbc.schema-initialization.enabled", "false"),
			// Completed publications are kept for a while for diagnosis, then purged by EventPublicationMaintenance.
			Map.entry("spring.modulith.events.completion-mode", "update"),
			// Publications that nobody finished (a crash, a restart) are marked failed and then resubmitted.
			Map.entry("spring.modulith.events.staleness.published", "5m"),
			Map.entry("spring.modulith.events.staleness.processing", "15m"),
			Map.entry("spring.modulith.events.staleness.resubmitted", "15m"),
			Map.entry("spring.modulith.events.staleness.check-interval", "1m"),
			// Spring Data JDBC and jOOQ run inside the same Spring-managed transactions.
			Map.entry("spring.jooq.sql-dialect", "postgres"));

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, DEFAULTS));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}

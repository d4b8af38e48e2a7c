package com.luxestate.platform.internal;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every LuxeState context shares, whether it is the deployed jar or one module
 * bootstrapped alone in its tests. They sit below every other property source, so
 * {@code application.yml}, the environment and tests can still override them.
 */
class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE_NAME = "luxestatePlatformDefaults";

	private static final Map<String, Object> DEFAULTS = Map.ofEntries(
			// One Flyway history per module, migrations in db/migration/<module>, root
			// tables in db/migration/__root.
			Map.entry("spring.modulith.runtime.flyway-enabled", "true"),
			// Flyway owns the registry table (db/migration/__root); the registry must not
			// create its own.
			Map.entry("spring.modulith.events.jdbc.schema-initialization.enabled", "false"),
			// Completed publications are kept for a while for diagnosis, then purged by
			// EventPublicationMaintenance.
			Map.entry("spring.modulith.events.completion-mode", "update"),
			// Publications that nobody finished (a crash, a restart) are marked failed
			// and then resubmitted.
			Map.entry("spring.modulith.events.staleness.published", "5m"),
			Map.entry("spring.modulith.events.staleness.processing", "15m"),
			Map.entry("spring.modulith.events.staleness.resubmitted", "15m"),
			Map.entry("spring.modulith.events.staleness.check-interval", "1m"),
			// Spring Data JDBC and jOOQ run inside the same Spring-managed transactions.
			Map.entry("spring.jooq.sql-dialect", "postgres"),
			// No SMTP call waits forever (Jakarta Mail's default): connecting, each read
			// and each write are bounded,
			// in milliseconds, for smtp and smtps alike (ADR 0012).
			Map.entry("spring.mail.properties.mail.smtp.connectiontimeout",
					"${LUXESTATE_SMTP_CONNECT_TIMEOUT_MS:5000}"),
			Map.entry("spring.mail.properties.mail.smtp.timeout", "${LUXESTATE_SMTP_READ_TIMEOUT_MS:10000}"),
			Map.entry("spring.mail.properties.mail.smtp.writetimeout", "${LUXESTATE_SMTP_WRITE_TIMEOUT_MS:10000}"),
			Map.entry("spring.mail.properties.mail.smtps.connectiontimeout",
					"${LUXESTATE_SMTP_CONNECT_TIMEOUT_MS:5000}"),
			Map.entry("spring.mail.properties.mail.smtps.timeout", "${LUXESTATE_SMTP_READ_TIMEOUT_MS:10000}"),
			Map.entry("spring.mail.properties.mail.smtps.writetimeout", "${LUXESTATE_SMTP_WRITE_TIMEOUT_MS:10000}"),
			// Once a message is accepted, nothing more is wanted from the server: QUIT is
			// sent, not waited for.
			Map.entry("spring.mail.properties.mail.smtp.quitwait", "false"),
			Map.entry("spring.mail.properties.mail.smtps.quitwait", "false"),
			// Spring Boot's mail health check talks to the SMTP server on the request's
			// thread, without a time-out of
			// its own; the outgoing mail indicator reads the delivery job's state
			// instead.
			Map.entry("management.health.mail.enabled", "false"));

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, DEFAULTS));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}

package com.luxestate.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The engagement module starts on its own, against a real PostgreSQL, with its schema
 * created by its own migrations.
 */
@ApplicationModuleTest
class EngagementModuleTests {

	private final JdbcTemplate jdbc;

	EngagementModuleTests(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Test
	void migratesItsOwnSchemaWithItsOwnHistory() {
		assertThat(jdbc.queryForList("SELECT schema_name FROM information_schema.schemata", String.class))
			.contains("engagement");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM flyway_schema_history_engagement WHERE success AND version = '1'", Integer.class))
			.isEqualTo(1);
	}

}

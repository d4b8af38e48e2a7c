package com.luxestate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The identity module starts on its own, against a real PostgreSQL, with its schema
 * created by its own migrations.
 */
@ApplicationModuleTest
class IdentityModuleTests {

	private final JdbcTemplate jdbc;

	IdentityModuleTests(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Test
	void migratesItsOwnSchemaWithItsOwnHistory() {
		assertThat(jdbc.queryForList("SELECT schema_name FROM information_schema.schemata", String.class))
			.contains("identity");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM flyway_schema_history_identity WHERE success AND version = '1'", Integer.class))
			.isEqualTo(1);
	}

}

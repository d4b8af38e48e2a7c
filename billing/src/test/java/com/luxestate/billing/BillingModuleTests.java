package com.luxestate.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The billing module starts on its own, against a real PostgreSQL, with its schema
 * created by its own migrations.
 */
@ApplicationModuleTest
class BillingModuleTests {

	private final JdbcTemplate jdbc;

	BillingModuleTests(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Test
	void migratesItsOwnSchemaWithItsOwnHistory() {
		assertThat(jdbc.queryForList("SELECT schema_name FROM information_schema.schemata", String.class))
			.contains("billing");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM flyway_schema_history_billing WHERE success AND version = '1'", Integer.class))
			.isEqualTo(1);
	}

}

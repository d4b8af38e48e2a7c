package com.luxestate.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

import com.luxestate.platform.testing.TestPostgres;

/**
 * The dev profile creates its database on a bare local PostgreSQL; without the flag
 * nothing is created.
 */
class DevelopmentDatabaseTests {

	@Test
	void createsTheMissingDatabaseOnlyWhenAsked() throws Exception {
		var scratch = TestPostgres.createFreshDatabase();
		var wanted = scratch.sibling(scratch.name() + "_dev");
		try {
			var withoutFlag = environment(scratch, wanted, false);
			new DevelopmentDatabase(new DeferredLogs()).postProcessEnvironment(withoutFlag, new SpringApplication());
			assertThat(exists(scratch, wanted.name())).isFalse();

			var withFlag = environment(scratch, wanted, true);
			new DevelopmentDatabase(new DeferredLogs()).postProcessEnvironment(withFlag, new SpringApplication());
			assertThat(exists(scratch, wanted.name())).isTrue();
		}
		finally {
			wanted.drop();
			scratch.drop();
		}
	}

	private static MockEnvironment environment(TestPostgres.FreshDatabase server, TestPostgres.FreshDatabase wanted,
			boolean createDatabase) {
		return new MockEnvironment().withProperty("luxestate.dev.create-database", Boolean.toString(createDatabase))
			.withProperty("spring.datasource.url", wanted.jdbcUrl())
			.withProperty("spring.datasource.username", server.username())
			.withProperty("spring.datasource.password", server.password());
	}

	private static boolean exists(TestPostgres.FreshDatabase scratch, String name) throws Exception {
		try (var connection = DriverManager.getConnection(scratch.jdbcUrl(), scratch.username(), scratch.password());
				var statement = connection.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
			statement.setString(1, name);
			try (var rows = statement.executeQuery()) {
				rows.next();
				return rows.getInt(1) == 1;
			}
		}
	}

}

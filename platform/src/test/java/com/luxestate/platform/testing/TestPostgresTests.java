package com.luxestate.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

/** Where the tests find their PostgreSQL, and what they say when there is none. */
class TestPostgresTests {

	@Test
	void withoutDockerAndWithoutAConfiguredServerTheTestsFailAtOnceSayingHowToFixIt() {
		assertThatIllegalStateException().isThrownBy(() -> TestPostgres.locateServer(() -> false, null))
			.withMessageContaining("Docker is not available")
			.withMessageContaining("export LUXESTATE_TEST_DB_URL=");
		assertThatIllegalStateException().isThrownBy(() -> TestPostgres.locateServer(() -> false, "  "))
			.withMessageContaining("LUXESTATE_TEST_DB_URL is not set");
	}

	@Test
	void aConfiguredServerIsUsedWhenDockerIsNotAvailable() {
		var server = TestPostgres.locateServer(() -> false,
				"jdbc:postgresql://db.internal:6543/postgres?user=ci&password=s3cret&sslmode=disable");

		assertThat(server.username()).isEqualTo("ci");
		assertThat(server.password()).isEqualTo("s3cret");
		assertThat(server.jdbcUrl("lxs_test_1_a"))
			.isEqualTo("jdbc:postgresql://db.internal:6543/lxs_test_1_a?sslmode=disable");
	}

	@Test
	void anythingButAPostgresqlUrlIsRefusedWithoutEchoingThePassword() {
		assertThatIllegalStateException()
			.isThrownBy(() -> TestPostgres.locateServer(() -> false, "jdbc:mysql://db/test?password=hunter2"))
			.withMessageContaining("must be a jdbc:postgresql:// URL")
			.withMessageNotContaining("hunter2");
	}

}

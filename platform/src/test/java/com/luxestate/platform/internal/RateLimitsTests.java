package com.luxestate.platform.internal;

import static com.luxestate.platform.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.luxestate.platform.ProblemType;
import com.luxestate.platform.Rate;
import com.luxestate.platform.RateLimits;

/**
 * Budgets are kept in PostgreSQL, so two instances (here two {@link RateLimits} on one
 * database) spend the same budget; over it, a 429 with {@code Retry-After}; keys are
 * stored hashed.
 */
@SpringBootTest
class RateLimitsTests {

	private final RateLimits limits;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	RateLimitsTests(RateLimits limits, DataSource dataSource, JdbcTemplate jdbc) {
		this.limits = limits;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	@Test
	void twoInstancesShareOneBudget() {
		var key = "someone-" + UUID.randomUUID() + "@example.com";
		var onOneInstance = limits.limit("test.shared", Rate.valueOf("3/1h"));
		var onAnother = new PostgresRateLimits(dataSource).limit("test.shared", Rate.valueOf("3/1h"));

		onOneInstance.consume(key);
		onAnother.consume(key);
		onOneInstance.consume(key);

		var problem = assertProblem(ProblemType.TOO_MANY_REQUESTS, () -> onAnother.consume(key));
		// One permit comes back every 20 minutes.
		assertThat(problem.retryAfterSeconds()).isBetween(1L, 20 * 60L);
		assertThat(onOneInstance.tryConsume(key).allowed()).isFalse();
		assertThat(onOneInstance.tryConsume("someone-else@example.com").allowed()).as("another key").isTrue();
		assertThat(limits.limit("test.other", Rate.valueOf("3/1h")).tryConsume(key).allowed()).as("another limit")
			.isTrue();
	}

	@Test
	void aRefundedPermitCanBeSpentAgain() {
		var key = UUID.randomUUID().toString();
		var limit = limits.limit("test.refund", Rate.valueOf("1/1d"));
		limit.consume(key);
		assertThat(limit.tryConsume(key).allowed()).isFalse();

		limit.refund(key);

		assertThat(limit.tryConsume(key).allowed()).isTrue();
	}

	@Test
	void keysAreStoredOnlyAsHashes() {
		var email = "private-" + UUID.randomUUID() + "@example.com";
		limits.limit("test.hashed", Rate.valueOf("5/1m")).consume(email);

		var ids = jdbc.queryForList("SELECT id FROM rate_limit_bucket WHERE id LIKE 'test.hashed:%'", String.class);
		assertThat(ids).hasSize(1).noneMatch(id -> id.contains(email) || id.contains("private"));
	}

	@Test
	void ratesReadLikeRequestsPerPeriod() {
		assertThat(Rate.valueOf("10/1h")).isEqualTo(new Rate(10, Duration.ofHours(1)));
		assertThat(Rate.valueOf(" 100 / 15m ")).isEqualTo(new Rate(100, Duration.ofMinutes(15)));
		assertThat(Rate.valueOf("5/PT30S")).isEqualTo(new Rate(5, Duration.ofSeconds(30)));
		assertThat(Rate.valueOf("10/1h")).hasToString("10/1h");
		assertThatThrownBy(() -> Rate.valueOf("10")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Rate.valueOf("0/1h")).isInstanceOf(IllegalArgumentException.class);
	}

}

package com.luxestate.identity.internal;

import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.luxestate.platform.ProblemException;

/**
 * Failed logins are counted per account and per client address, in PostgreSQL so that every instance sees the
 * same counts. When either budget is spent, logins for it answer 429 with {@code Retry-After} until the window
 * refills, whatever the password: guessing stops paying, and nobody is locked out for good.
 */
@Component
class LoginThrottle {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
	private final BucketConfiguration perAccount;
	private final BucketConfiguration perClient;

	LoginThrottle(DataSource dataSource, IdentitySettings settings) {
		var throttle = settings.loginThrottle();
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table("identity.login_throttle")
				.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
				.build();
		this.perAccount = budget(throttle.failuresPerAccount(), throttle.window());
		this.perClient = budget(throttle.failuresPerClient(), throttle.window());
	}

	private static BucketConfiguration budget(int failures, Duration window) {
		return BucketConfiguration.builder()
				.addLimit(limit -> limit.capacity(failures).refillIntervally(failures, window))
				.build();
	}

	/** Answers 429 when the account or the client has no failed attempts left. */
	void requireAttemptsLeft(String normalizedEmail, String clientAddress) {
		check(accountKey(normalizedEmail), perAccount);
		check(clientKey(clientAddress), perClient);
	}

	void recordFailure(String normalizedEmail, String clientAddress) {
		buckets.getProxy(accountKey(normalizedEmail), () -> perAccount).tryConsume(1);
		buckets.getProxy(clientKey(clientAddress), () -> perClient).tryConsume(1);
	}

	private void check(String key, BucketConfiguration configuration) {
		var probe = buckets.getProxy(key, () -> configuration).estimateAbilityToConsume(1);
		if (!probe.canBeConsumed()) {
			throw ProblemException.tooManyRequests("Too many failed logins. Try again later.",
					Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	/** Buckets of quiet accounts and clients are dropped once they are full again. */
	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
	@SchedulerLock(name = "identity-login-throttle-cleanup")
	void removeExpiredBuckets() {
		while (buckets.removeExpired(1000) > 0) {
			// Until a batch comes back empty.
		}
	}

	private static String accountKey(String normalizedEmail) {
		return "account:" + normalizedEmail.toLowerCase(Locale.ROOT);
	}

	private static String clientKey(String clientAddress) {
		return "client:" + clientAddress;
	}
}

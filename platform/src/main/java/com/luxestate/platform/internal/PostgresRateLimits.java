package com.luxestate.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.luxestate.platform.Rate;
import com.luxestate.platform.RateLimit;
import com.luxestate.platform.RateLimits;

/**
 * {@link RateLimits} on Bucket4j's PostgreSQL proxy manager: each consumption locks its
 * bucket's row ({@code SELECT ... FOR UPDATE}) on a connection of its own, outside the
 * caller's transaction, so that concurrent requests on any instance are counted exactly
 * and a request that fails afterwards still counted.
 */
@Component
class PostgresRateLimits implements RateLimits {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	PostgresRateLimits(DataSource dataSource) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("public.rate_limit_bucket")
			// A row outlives the moment its bucket is full again by a minute, then the
			// clean-up may drop it.
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
	}

	@Override
	public RateLimit limit(String name, Rate rate) {
		var configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(rate.permits()).refillGreedy(rate.permits(), rate.per()))
			.build();
		return new RateLimit() {

			@Override
			public Verdict tryConsume(String key) {
				var probe = buckets.getProxy(id(name, key), () -> configuration).tryConsumeAndReturnRemaining(1);
				return probe.isConsumed() ? Verdict.ALLOWED
						: Verdict.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
			}

			@Override
			public void refund(String key) {
				buckets.getProxy(id(name, key), () -> configuration).addTokens(1);
			}

			@Override
			public String toString() {
				return name + " " + rate;
			}
		};
	}

	/**
	 * Buckets of quiet keys are dropped once they are full again; nothing is lost, a new
	 * bucket starts full.
	 */
	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
	@SchedulerLock(name = "platform-rate-limit-cleanup")
	void removeExpiredBuckets() {
		while (buckets.removeExpired(1000) > 0) {
			// Until a batch comes back empty.
		}
	}

	/**
	 * The limit's name and a hash of the key: emails and addresses are not kept, only
	 * what they hash to.
	 */
	static String id(String name, String key) {
		try {
			var digest = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(key).getBytes(StandardCharsets.UTF_8));
			return name + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}

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

	/**
	 * Takes one attempt from the account's and the client's budget before the password is even checked, so that
	 * concurrent guesses cannot all pass a check and be counted later; answers 429 when either budget is spent. A
	 * successful login gives its attempt back: only failures count.
	 */
	Attempt begin(String normalizedEmail, String clientAddress) {
		var account = buckets.getProxy(accountKey(normalizedEmail), () -> perAccount);
		var client = buckets.getProxy(clientKey(clientAddress), () -> perClient);
		var fromAccount = account.tryConsumeAndReturnRemaining(1);
		if (!fromAccount.isConsumed()) {
			throw tooMany(fromAccount.getNanosToWaitForRefill());
		}
		var fromClient = client.tryConsumeAndReturnRemaining(1);
		if (!fromClient.isConsumed()) {
			account.addTokens(1);
			throw tooMany(fromClient.getNanosToWaitForRefill());
		}
		return () -> {
			account.addTokens(1);
			client.addTokens(1);
		};
	}

	/** An attempt in progress; {@link #succeeded()} returns it to both budgets. */
	@FunctionalInterface
	interface Attempt {

		void succeeded();
	}

	private static ProblemException tooMany(long nanosToWait) {
		return ProblemException.tooManyRequests("Too many failed attempts. Try again later.",
				Duration.ofNanos(nanosToWait));
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

	/** IPv6 clients are counted per /64, the block one subscriber usually gets, or they could rotate addresses. */
	static String clientKey(String clientAddress) {
		if (clientAddress != null && clientAddress.contains(":")) {
			var groups = clientAddress.replaceFirst("%.*$", "").split(":", -1);
			if (!clientAddress.contains("::") && groups.length == 8) {
				return "client:" + String.join(":", java.util.Arrays.copyOf(groups, 4)) + "::/64";
			}
			try {
				var bytes = java.net.InetAddress.getByName(clientAddress).getAddress();
				var prefix = new StringBuilder("client:");
				for (var i = 0; i < 8; i += 2) {
					prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
				}
				return prefix.append(":/64").toString();
			}
			catch (java.net.UnknownHostException ex) {
				return "client:" + clientAddress;
			}
		}
		return "client:" + clientAddress;
	}
}

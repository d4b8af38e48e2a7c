package com.luxestate.platform.internal.mail;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code outgoing_mail} table. Times come from the database clock, the one clock
 * every instance shares. Claims and health checks run with a query time-out: a stalled
 * database holds neither the delivery job nor a health check for long.
 */
class OutgoingMails {

	/** Seconds; far above what any of these statements needs on a healthy database. */
	private static final int QUERY_TIMEOUT = 5;

	private final JdbcClient jdbc;

	OutgoingMails(DataSource dataSource) {
		var template = new JdbcTemplate(dataSource);
		template.setQueryTimeout(QUERY_TIMEOUT);
		this.jdbc = JdbcClient.create(template);
	}

	record Mail(UUID id, String recipient, String subject, String body, int attempts) {
	}

	record Backlog(long waiting, double oldestAgeSeconds, long givenUp) {
	}

	/**
	 * Joins the caller's transaction; {@code deliver} false keeps the mail without ever
	 * delivering it.
	 */
	void add(UUID id, String recipient, String subject, String body, boolean deliver) {
		jdbc.sql("""
				INSERT INTO outgoing_mail (id, recipient, subject, body, created_at, next_attempt_at)
				VALUES (:id, :recipient, :subject, :body, now(), CASE WHEN :deliver THEN now() END)""")
			.param("id", id)
			.param("recipient", recipient)
			.param("subject", subject)
			.param("body", body)
			.param("deliver", deliver)
			.update();
	}

	/**
	 * Takes up to {@code limit} due mails and pushes their next attempt past the lease,
	 * in one statement: rows another instance is claiming at the same moment are skipped,
	 * not waited for, so no mail is claimed twice.
	 */
	List<Mail> claimDue(int limit, int maxAttempts, Duration lease) {
		return jdbc.sql("""
				UPDATE outgoing_mail SET next_attempt_at = now() + make_interval(secs => :lease)
				WHERE id IN (SELECT id FROM outgoing_mail
				             WHERE sent_at IS NULL AND next_attempt_at <= now() AND attempts < :maxAttempts
				             ORDER BY next_attempt_at
				             LIMIT :limit
				             FOR UPDATE SKIP LOCKED)
				RETURNING id, recipient, subject, body, attempts""")
			.param("lease", (double) lease.toMillis() / 1000)
			.param("maxAttempts", maxAttempts)
			.param("limit", limit)
			.query(Mail.class)
			.list();
	}

	void markSent(UUID id) {
		jdbc.sql("UPDATE outgoing_mail SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = :id")
			.param("id", id)
			.update();
	}

	void markFailed(UUID id, String error, Duration retryAfter) {
		jdbc.sql(
				"""
						UPDATE outgoing_mail
						SET attempts = attempts + 1, last_error = :error, next_attempt_at = now() + make_interval(secs => :retry)
						WHERE id = :id""")
			.param("id", id)
			.param("error", error)
			.param("retry", (double) retryAfter.toMillis() / 1000)
			.update();
	}

	int forget(String recipient) {
		return jdbc.sql("DELETE FROM outgoing_mail WHERE lower(recipient) = lower(:recipient)")
			.param("recipient", recipient)
			.update();
	}

	int purgeSentBefore(Duration age) {
		return jdbc.sql("DELETE FROM outgoing_mail WHERE sent_at < now() - make_interval(secs => :age)")
			.param("age", (double) age.toSeconds())
			.update();
	}

	/**
	 * Mails still to be delivered (not kept for development, not given up), and how long
	 * the oldest has waited.
	 */
	Backlog backlog(int maxAttempts) {
		return jdbc.sql("""
				SELECT count(*) FILTER (WHERE attempts < :maxAttempts) AS waiting,
				       coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE attempts < :maxAttempts)), 0)
				           AS oldest_age_seconds,
				       count(*) FILTER (WHERE attempts >= :maxAttempts) AS given_up
				FROM outgoing_mail
				WHERE sent_at IS NULL AND next_attempt_at IS NOT NULL""")
			.param("maxAttempts", maxAttempts)
			.query((rs, row) -> new Backlog(rs.getLong("waiting"), rs.getDouble("oldest_age_seconds"),
					rs.getLong("given_up")))
			.single();
	}

}

package com.luxestate.platform.internal.mail;

import java.time.Duration;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of outgoing mail, read from the table the delivery job keeps, never from the
 * SMTP server: a stalled or unreachable server must not hold a health check (Spring
 * Boot's own mail indicator connects to it, with no time-out of its own, and is switched
 * off). Down while a mail has waited longer than {@code luxestate.mail.health-max-delay}:
 * SMTP has been failing for that long.
 */
class OutgoingMailHealth extends AbstractHealthIndicator {

	private final OutgoingMails mails;

	private final boolean smtp;

	private final MailSettings settings;

	OutgoingMailHealth(OutgoingMails mails, boolean smtp, MailSettings settings) {
		super("Outgoing mail health check failed");
		this.mails = mails;
		this.smtp = smtp;
		this.settings = settings;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		if (!smtp) {
			builder.up().withDetail("smtp", "not configured");
			return;
		}
		var backlog = mails.backlog(settings.maxAttempts());
		var oldest = Duration.ofMillis((long) (backlog.oldestAgeSeconds() * 1000));
		(oldest.compareTo(settings.healthMaxDelay()) > 0 ? builder.down() : builder.up())
			.withDetail("waiting", backlog.waiting())
			.withDetail("oldestWaitingFor", oldest.withNanos(0).toString())
			.withDetail("givenUp", backlog.givenUp());
	}

}

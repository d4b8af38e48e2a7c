package com.luxestate.platform.internal.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How outgoing mail is delivered (ADR 0012); each setting ops may change has an
 * environment variable in the README.
 *
 * @param from the sender of every mail
 * @param withoutSmtp what happens to mails when no SMTP server is configured
 * ({@code SPRING_MAIL_HOST})
 * @param deliveryInterval how long the delivery job waits between runs
 * @param batchSize how many mails one SMTP connection carries at most
 * @param firstRetryAfter how long a mail waits after its first failed attempt; each
 * further failure doubles it
 * @param maxRetryDelay the longest wait between two attempts, so a mail goes out soon
 * after an outage ends
 * @param maxAttempts after this many failed attempts a mail is given up (and an error
 * logged)
 * @param claimLease how long a mail an instance is delivering stays out of other runs'
 * reach; after a crash, it is tried again once this has passed
 * @param retainSentFor how long delivered mails are kept (their links are secret: not
 * long)
 * @param healthMaxDelay health is down while a mail has waited longer than this to be
 * delivered
 */
@ConfigurationProperties("luxestate.mail")
record MailSettings(@DefaultValue("LuxeState <no-reply@luxestate.dev>") String from,
		@DefaultValue("outbox") WithoutSmtp withoutSmtp, @DefaultValue("5s") Duration deliveryInterval,
		@DefaultValue("10") int batchSize, @DefaultValue("10s") Duration firstRetryAfter,
		@DefaultValue("5m") Duration maxRetryDelay, @DefaultValue("100") int maxAttempts,
		@DefaultValue("10m") Duration claimLease, @DefaultValue("2d") Duration retainSentFor,
		@DefaultValue("15m") Duration healthMaxDelay) {

	/**
	 * Without SMTP: keep mails in the log and the table (development), or discard them.
	 */
	enum WithoutSmtp {

		OUTBOX, DISCARD

	}

	/**
	 * The wait after the given number of failed attempts: doubling from the first,
	 * capped.
	 */
	Duration retryDelayAfter(int failedAttempts) {
		var delay = firstRetryAfter;
		for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(maxRetryDelay) < 0 ? delay : maxRetryDelay;
	}
}

package com.luxestate.platform.internal.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Delivers due mails over SMTP, a batch per connection, and marks each sent once the
 * server has accepted it (its reply to the end of the message); a mail the server did not
 * accept is tried again later, each wait twice the last, up to a cap. Several instances
 * are safe: ShedLock runs the job on one at a time, and mails are claimed with
 * {@code FOR UPDATE SKIP LOCKED} for a lease, so even a run that outlives its lock never
 * sends a mail twice.
 * <p>
 * SMTP is spoken on a platform thread of its own, never on a virtual thread: Jakarta Mail
 * holds monitors while it waits for the server, and on Java 21 a virtual thread that
 * blocks inside a monitor pins its carrier, one of the few threads (one per CPU) that
 * every request of the service runs on (ADR 0012).
 */
class MailDeliveryJob implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MailDeliveryJob.class);

	private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}]+");

	private final OutgoingMails mails;

	private final JavaMailSender smtp; // null without SMTP

	private final MailSettings settings;

	private final ExecutorService smtpThread = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("smtp-delivery").daemon().factory());

	MailDeliveryJob(OutgoingMails mails, JavaMailSender smtp, MailSettings settings) {
		this.mails = mails;
		this.smtp = smtp;
		this.settings = settings;
	}

	/**
	 * Delivers every due mail, batch after batch, until none is due or a batch fails
	 * entirely.
	 */
	@Scheduled(fixedDelayString = "${luxestate.mail.delivery-interval:PT5S}",
			initialDelayString = "${luxestate.mail.delivery-interval:PT5S}")
	@SchedulerLock(name = "outgoing-mail-delivery", lockAtMostFor = "PT15M")
	void deliverDueMails() {
		if (smtp == null) {
			return; // No SMTP configured: mails are kept or discarded by the mailbox,
					// there is nothing to deliver.
		}
		try {
			smtpThread.submit(() -> {
				while (deliverBatch()) {
					// On to the next batch.
				}
			}).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			log.error("Mail delivery failed", ex.getCause());
		}
	}

	@Scheduled(cron = "${luxestate.mail.purge-cron:0 23 * * * *}")
	@SchedulerLock(name = "outgoing-mail-purge")
	void purgeSentMails() {
		var purged = mails.purgeSentBefore(settings.retainSentFor());
		log.debug("Purged {} mails sent more than {} ago", purged, settings.retainSentFor());
	}

	/**
	 * @return whether a full batch went out, so more may be due
	 */
	private boolean deliverBatch() {
		var batch = mails.claimDue(settings.batchSize(), settings.maxAttempts(), settings.claimLease());
		if (batch.isEmpty()) {
			return false;
		}
		var messages = new ArrayList<SimpleMailMessage>(batch.size());
		for (var mail : batch) {
			var message = new SimpleMailMessage();
			message.setFrom(settings.from());
			message.setTo(mail.recipient());
			message.setSubject(mail.subject());
			message.setText(mail.body());
			messages.add(message);
		}
		var failures = send(messages);
		for (int i = 0; i < batch.size(); i++) {
			var mail = batch.get(i);
			var failure = failures.get(i);
			if (failure == null) {
				mails.markSent(mail.id());
			}
			else {
				recordFailure(mail, failure);
			}
		}
		return batch.size() == settings.batchSize() && failures.stream().anyMatch(failure -> failure == null);
	}

	/**
	 * Sends the messages over one connection and says, for each, why the server did not
	 * accept it (null: it did). Spring lists the messages that failed; a failure that
	 * lists none came after every message was accepted (the server did not answer QUIT,
	 * say), so those mails count as sent and are not sent twice.
	 */
	private List<Exception> send(List<SimpleMailMessage> messages) {
		var failures = new ArrayList<Exception>(messages.size());
		messages.forEach(message -> failures.add(null));
		try {
			smtp.send(messages.toArray(SimpleMailMessage[]::new));
		}
		catch (MailSendException ex) {
			if (ex.getFailedMessages().isEmpty()) {
				log.warn("The SMTP server accepted {} mails, then failed: {}", messages.size(), describe(ex));
			}
			ex.getFailedMessages().forEach((message, failure) -> {
				var index = indexOf(messages, message);
				if (index >= 0) {
					failures.set(index, failure);
				}
			});
		}
		catch (RuntimeException ex) {
			// Authentication refused, or the messages could not even be prepared: none
			// went out.
			for (int i = 0; i < messages.size(); i++) {
				failures.set(i, ex);
			}
		}
		return failures;
	}

	private static int indexOf(List<SimpleMailMessage> messages, Object message) {
		for (int i = 0; i < messages.size(); i++) {
			if (messages.get(i) == message) {
				return i;
			}
		}
		return -1;
	}

	private void recordFailure(OutgoingMails.Mail mail, Exception failure) {
		var attempts = mail.attempts() + 1;
		var retryAfter = settings.retryDelayAfter(attempts);
		var error = describe(failure);
		mails.markFailed(mail.id(), error, retryAfter);
		if (attempts >= settings.maxAttempts()) {
			log.error("Gave up mail {} after {} attempts: {}", mail.id(), attempts, error);
		}
		else {
			log.warn("Could not deliver mail {} (attempt {}), trying again in {}: {}", mail.id(), attempts, retryAfter,
					error);
		}
	}

	/**
	 * The exception and the server's reply, on one line. Never the message itself (its
	 * links are secret) nor credentials, which Jakarta Mail does not put into its
	 * exceptions.
	 */
	static String describe(Throwable failure) {
		var text = new StringBuilder();
		for (var cause = failure; cause != null && text.length() < 500; cause = cause.getCause()) {
			if (!text.isEmpty()) {
				text.append(" <- ");
			}
			text.append(cause.getClass().getSimpleName());
			if (cause.getMessage() != null && !(cause instanceof MailException)) {
				text.append(": ").append(cause.getMessage());
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		var oneLine = UNPRINTABLE.matcher(text).replaceAll(" ").strip();
		return oneLine.length() <= 500 ? oneLine : oneLine.substring(0, 500);
	}

	@Override
	public void destroy() {
		smtpThread.shutdownNow();
	}

}

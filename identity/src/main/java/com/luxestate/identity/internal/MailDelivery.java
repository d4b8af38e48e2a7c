package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.jooq.Tables.MAIL_OUTBOX;

import java.time.Clock;
import java.util.UUID;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mail goes out over SMTP when it is configured ({@code SPRING_MAIL_HOST}), after the transaction that caused it
 * committed (so nobody gets a link to an account that was rolled back) and off the request thread (so a slow SMTP
 * server holds neither the request nor a database connection). Without SMTP (a newcomer's machine) each mail is
 * written to the log and kept in {@code identity.mail_outbox}, so every flow can still be completed; those mails
 * hold live links, which is why production sets {@code SPRING_MAIL_HOST}, or at least
 * {@code LUXESTATE_MAIL_WITHOUT_SMTP=discard}, and why a warning says so at start-up.
 */
@Component
class MailDelivery implements Mailer {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final ObjectProvider<JavaMailSender> smtp;
	private final DSLContext jooq;
	private final TaskExecutor sending;
	private final IdentitySettings settings;
	private final Clock clock;

	MailDelivery(ObjectProvider<JavaMailSender> smtp, DSLContext jooq, TaskExecutor applicationTaskExecutor,
			IdentitySettings settings, Clock clock) {
		this.smtp = smtp;
		this.jooq = jooq;
		this.sending = applicationTaskExecutor;
		this.settings = settings;
		this.clock = clock;
		if (smtp.getIfAvailable() == null) {
			log.warn(settings.mailWithoutSmtp() == IdentitySettings.MailWithoutSmtp.OUTBOX
					? "SMTP is not configured (SPRING_MAIL_HOST): mails, with their secret links, go to the log and identity.mail_outbox. Fine for development, not for production."
					: "SMTP is not configured (SPRING_MAIL_HOST): identity's mails are discarded.");
		}
	}

	@Override
	public void send(String recipient, String subject, String body) {
		var sender = smtp.getIfAvailable();
		if (sender == null) {
			if (settings.mailWithoutSmtp() == IdentitySettings.MailWithoutSmtp.OUTBOX) {
				keepForDevelopment(recipient, subject, body);
			}
			else {
				log.info("SMTP is not configured; discarded the mail '{}'", subject);
			}
			return;
		}
		var message = new SimpleMailMessage();
		message.setFrom(settings.mailFrom());
		message.setTo(recipient);
		message.setSubject(subject);
		message.setText(body);
		afterCommit(() -> sending.execute(() -> {
			try {
				sender.send(message);
			}
			catch (MailException ex) {
				// The body holds a secret link: never log it.
				log.error("Could not send '{}' over SMTP: {}", subject, ex.getMessage());
			}
		}));
	}

	@Override
	public void forgetMailsTo(String recipient) {
		jooq.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.equalIgnoreCase(recipient)).execute();
	}

	private void keepForDevelopment(String recipient, String subject, String body) {
		jooq.insertInto(MAIL_OUTBOX)
				.set(MAIL_OUTBOX.ID, UUID.randomUUID())
				.set(MAIL_OUTBOX.RECIPIENT, recipient)
				.set(MAIL_OUTBOX.SUBJECT, subject)
				.set(MAIL_OUTBOX.BODY, body)
				.set(MAIL_OUTBOX.CREATED_AT, clock.instant())
				.execute();
		afterCommit(() -> log.info("SMTP is not configured; the mail was kept in identity.mail_outbox instead:\nTo: {}\nSubject: {}\n\n{}",
				recipient, subject, body));
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}
}

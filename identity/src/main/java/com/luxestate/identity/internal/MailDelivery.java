package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.jooq.Tables.MAIL_OUTBOX;

import java.time.Clock;
import java.util.UUID;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mail goes out over SMTP when it is configured ({@code SPRING_MAIL_HOST}), after the transaction that caused it
 * committed, so nobody gets a link to an account that was rolled back. Without SMTP (a newcomer's machine) each mail
 * is written to the log and kept in {@code identity.mail_outbox}, so every flow can still be completed.
 */
@Component
class MailDelivery implements Mailer {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final ObjectProvider<JavaMailSender> smtp;
	private final DSLContext jooq;
	private final IdentitySettings settings;
	private final Clock clock;

	MailDelivery(ObjectProvider<JavaMailSender> smtp, DSLContext jooq, IdentitySettings settings, Clock clock) {
		this.smtp = smtp;
		this.jooq = jooq;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void send(String recipient, String subject, String body) {
		var sender = smtp.getIfAvailable();
		if (sender == null) {
			keepForDevelopment(recipient, subject, body);
			return;
		}
		var message = new SimpleMailMessage();
		message.setFrom(settings.mailFrom());
		message.setTo(recipient);
		message.setSubject(subject);
		message.setText(body);
		afterCommit(() -> {
			try {
				sender.send(message);
			}
			catch (MailException ex) {
				// The body holds a secret link: never log it.
				log.error("Could not send '{}' over SMTP: {}", subject, ex.getMessage());
			}
		});
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

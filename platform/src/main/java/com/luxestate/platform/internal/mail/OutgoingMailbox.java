package com.luxestate.platform.internal.mail;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.luxestate.platform.Mailbox;

/**
 * Records mails in the caller's transaction; {@link MailDeliveryJob} delivers them.
 * Without SMTP (a newcomer's machine) each mail is written to the log and kept in
 * {@code outgoing_mail} undelivered, so every flow can still be completed; those mails
 * hold live links, which is why production sets {@code SPRING_MAIL_HOST}, or at least
 * {@code LUXESTATE_MAIL_WITHOUT_SMTP=discard}, and why a warning says so at start-up.
 */
class OutgoingMailbox implements Mailbox {

	private static final Logger log = LoggerFactory.getLogger(OutgoingMailbox.class);

	/**
	 * A header value spans one line: a line break in it would start a header (or the
	 * body) of its own.
	 */
	private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]");

	private final OutgoingMails mails;

	private final boolean smtp;

	private final MailSettings.WithoutSmtp withoutSmtp;

	OutgoingMailbox(OutgoingMails mails, boolean smtp, MailSettings settings) {
		this.mails = mails;
		this.smtp = smtp;
		this.withoutSmtp = settings.withoutSmtp();
		if (!smtp) {
			log.warn(withoutSmtp == MailSettings.WithoutSmtp.OUTBOX
					? "SMTP is not configured (SPRING_MAIL_HOST): mails, with their secret links, go to the log and the outgoing_mail table. Fine for development, not for production."
					: "SMTP is not configured (SPRING_MAIL_HOST): mails are discarded.");
		}
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(String recipient, String subject, String text) {
		requireOneLine("recipient", recipient);
		requireOneLine("subject", subject);
		if (text == null) {
			throw new IllegalArgumentException("A mail needs a text");
		}
		if (smtp) {
			mails.add(UUID.randomUUID(), recipient, subject, text, true);
		}
		else if (withoutSmtp == MailSettings.WithoutSmtp.OUTBOX) {
			mails.add(UUID.randomUUID(), recipient, subject, text, false);
			afterCommit(() -> log.info(
					"SMTP is not configured; the mail was kept in outgoing_mail instead:\nTo: {}\nSubject: {}\n\n{}",
					recipient, subject, text));
		}
		else {
			afterCommit(() -> log.info("SMTP is not configured; discarded the mail '{}'", subject));
		}
	}

	@Override
	public void forgetMailsTo(String recipient) {
		mails.forget(recipient);
	}

	private static void requireOneLine(String what, String value) {
		if (value == null || value.isBlank() || LINE_BREAK.matcher(value).find()) {
			throw new IllegalArgumentException("A mail's " + what + " is one non-blank line");
		}
	}

	private static void afterCommit(Runnable action) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

}

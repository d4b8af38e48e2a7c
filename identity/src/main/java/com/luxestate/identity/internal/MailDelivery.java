package com.luxestate.identity.internal;

import org.springframework.stereotype.Component;

import com.luxestate.platform.Mailbox;

/**
 * Identity's mails go into the platform's {@link Mailbox}, in the transaction of the
 * change that causes them: a verification link exists exactly when its account does, and
 * is delivered with retries after the commit (ADR 0012). Without SMTP they are kept in
 * {@code outgoing_mail} and the log, for development.
 */
@Component
class MailDelivery implements Mailer {

	private final Mailbox mailbox;

	MailDelivery(Mailbox mailbox) {
		this.mailbox = mailbox;
	}

	@Override
	public void send(String recipient, String subject, String body) {
		mailbox.enqueue(recipient, subject, body);
	}

	@Override
	public void forgetMailsTo(String recipient) {
		mailbox.forgetMailsTo(recipient);
	}

}

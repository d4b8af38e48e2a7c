package com.luxestate.platform;

/**
 * Where every module's mail goes: {@link #enqueue} records a plain-text mail in the
 * caller's transaction, so the mail exists exactly when the change that causes it
 * committed, and the platform delivers it afterwards over SMTP, with retries and backoff,
 * surviving an SMTP outage and restarts (ADR 0012). Nothing else sends mail. Put values
 * into the text with {@link MailText#format}, which keeps them from posing as the
 * service's own text.
 */
public interface Mailbox {

	/**
	 * Records a mail for delivery after the current transaction commits; there must be
	 * one.
	 * @param recipient one address
	 * @param subject one line
	 * @param text the plain-text body
	 */
	void enqueue(String recipient, String subject, String text);

	/** Erases every mail to this address, sent or not (its account was deleted). */
	void forgetMailsTo(String recipient);

}

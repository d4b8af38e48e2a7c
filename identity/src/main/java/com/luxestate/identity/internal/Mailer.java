package com.luxestate.identity.internal;

/** Sends the mails identity owes its users (verification links, password resets). */
interface Mailer {

	void send(String recipient, String subject, String body);

	/** Erases whatever is kept of mails to this address (an account was deleted). */
	void forgetMailsTo(String recipient);

}

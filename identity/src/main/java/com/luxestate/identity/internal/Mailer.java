package com.luxestate.identity.internal;

/** Sends the mails identity owes its users (verification links, password resets). */
interface Mailer {

	void send(String recipient, String subject, String body);
}

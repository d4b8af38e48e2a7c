/**
 * Durable outgoing mail (ADR 0012): the table modules write mails into through
 * {@link com.luxestate.platform.Mailbox}, the job that delivers them with retries, and
 * the health contributor that reads the backlog instead of calling SMTP.
 */
@NullMarked
package com.luxestate.platform.internal.mail;

import org.jspecify.annotations.NullMarked;

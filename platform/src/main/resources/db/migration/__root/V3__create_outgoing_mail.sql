-- Every mail the service sends, recorded in the transaction of the change that causes it and delivered afterwards by
-- the delivery job (ADR 0012). A mail is due when next_attempt_at has passed and sent_at is empty; a claimed mail's
-- next_attempt_at is pushed past the claim's lease, so a crashed instance's mails are tried again after it.
-- next_attempt_at is empty for mails kept without SMTP (development): they are never delivered.
CREATE TABLE outgoing_mail
(
    id              UUID        NOT NULL PRIMARY KEY,
    recipient       TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    next_attempt_at TIMESTAMPTZ,
    attempts        INT         NOT NULL DEFAULT 0,
    -- What went wrong last time: the exception and the server's reply, never the body or credentials.
    last_error      TEXT,
    sent_at         TIMESTAMPTZ
);

-- The delivery job looks for due mails in this order; sent and kept mails are not in the index.
CREATE INDEX outgoing_mail_due_idx ON outgoing_mail (next_attempt_at) WHERE sent_at IS NULL;
-- Erasing an address's mails (a deleted account), and tests reading mails by recipient.
CREATE INDEX outgoing_mail_recipient_idx ON outgoing_mail (lower(recipient));
-- Purging sent mails after their retention.
CREATE INDEX outgoing_mail_sent_at_idx ON outgoing_mail (sent_at) WHERE sent_at IS NOT NULL;

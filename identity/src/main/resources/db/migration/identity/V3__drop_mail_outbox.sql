-- Mails now live in the platform's outgoing_mail (ADR 0012), delivered or, without SMTP, kept there for development.
DROP TABLE identity.mail_outbox;

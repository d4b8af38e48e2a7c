CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Accounts. Emails are unique case-insensitively through email_normalized (a constraint, not a check-then-insert).
CREATE TABLE identity.user_account
(
    id                  UUID PRIMARY KEY,
    email               TEXT        NOT NULL,
    email_normalized    TEXT        NOT NULL CONSTRAINT user_account_email_unique UNIQUE,
    password_hash       TEXT,
    first_name          TEXT        NOT NULL,
    last_name           TEXT        NOT NULL,
    phone               TEXT,
    role                TEXT        NOT NULL CHECK (role IN ('BUYER', 'RENTER', 'OWNER', 'AGENT', 'ADMIN')),
    status              TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DELETED')),
    email_verified      BOOLEAN     NOT NULL DEFAULT FALSE,
    suspension_reason   TEXT,
    -- Access tokens carry the generation they were issued in; ending all sessions (logout everywhere, password
    -- change, suspension, role change) starts a new one, and tokens of older generations are no longer honoured.
    session_generation  INT         NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             INT         NOT NULL
);

CREATE INDEX user_account_by_role_status ON identity.user_account (role, status, created_at DESC);
CREATE INDEX user_account_search ON identity.user_account
    USING gin ((email_normalized || ' ' || lower(first_name) || ' ' || lower(last_name)) gin_trgm_ops);

-- Refresh tokens: only their SHA-256 is stored. Each login starts a family; every refresh rotates within it.
CREATE TABLE identity.refresh_token
(
    token_hash   BYTEA PRIMARY KEY,
    family_id    UUID        NOT NULL,
    user_id      UUID        NOT NULL,
    -- The account's session generation when the family started: ending all sessions makes the family useless
    -- even for a token rotated concurrently with it.
    session_generation INT   NOT NULL,
    issued_at    TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    rotated_at   TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);

CREATE INDEX refresh_token_by_family ON identity.refresh_token (family_id);
CREATE INDEX refresh_token_by_user ON identity.refresh_token (user_id) WHERE revoked_at IS NULL;

-- Single-use tokens mailed to users (email verification, password reset); only their SHA-256 is stored.
CREATE TABLE identity.one_time_token
(
    token_hash BYTEA PRIMARY KEY,
    user_id    UUID        NOT NULL,
    purpose    TEXT        NOT NULL CHECK (purpose IN ('EMAIL_VERIFICATION', 'PASSWORD_RESET')),
    issued_at  TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);

CREATE INDEX one_time_token_by_user ON identity.one_time_token (user_id, purpose) WHERE used_at IS NULL;

-- Keys access tokens are signed with. The newest active key signs; retired keys stay published until tokens
-- they signed have expired, so rotating never logs anyone out.
CREATE TABLE identity.signing_key
(
    key_id      TEXT PRIMARY KEY,
    private_key BYTEA       NOT NULL,
    public_key  BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    retired_at  TIMESTAMPTZ
);

-- Mail that went out, or would have: without SMTP configured this is where a developer finds it.
CREATE TABLE identity.mail_outbox
(
    id         UUID PRIMARY KEY,
    recipient  TEXT        NOT NULL,
    subject    TEXT        NOT NULL,
    body       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    sent_at    TIMESTAMPTZ
);

-- Bucket4j's buckets for login throttling, shared by every instance.
CREATE TABLE identity.login_throttle
(
    id         TEXT PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

-- Agent profiles and their verification.
CREATE TABLE identity.agent_profile
(
    agent_id            UUID PRIMARY KEY,
    license_number      TEXT        NOT NULL,
    agency_name         TEXT        NOT NULL,
    bio                 TEXT,
    phone               TEXT,
    languages           TEXT[]      NOT NULL DEFAULT '{}',
    service_areas       TEXT[]      NOT NULL DEFAULT '{}',
    verification_status TEXT        NOT NULL CHECK (verification_status IN ('PENDING', 'APPROVED', 'REJECTED')),
    verification_note   TEXT,
    requested_at        TIMESTAMPTZ NOT NULL,
    decided_at          TIMESTAMPTZ,
    decided_by          UUID,
    version             INT         NOT NULL
);

CREATE INDEX agent_profile_pending ON identity.agent_profile (requested_at) WHERE verification_status = 'PENDING';

-- What the keyword index of each instance (KeywordIndex, ADR 0011) must read again: the ids of the listings a
-- statement changed that were or are publicly visible, with the transaction that changed them.
--
-- The index follows this feed by transaction id rather than by seq: identities are drawn when a row is written, not
-- when its transaction commits, so a reader moving past seq 42 could miss 41 committing later. A reader instead
-- keeps the oldest transaction still running when it read (pg_snapshot_xmin) and next time reads every change made
-- by that one or later: whatever it could not see yet, it will.
CREATE TABLE listings.keyword_index_change (
    seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transaction_id xid8        NOT NULL DEFAULT pg_current_xact_id(),
    listing_id     uuid        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX keyword_index_change_by_transaction ON listings.keyword_index_change (transaction_id);
CREATE INDEX keyword_index_change_by_time ON listings.keyword_index_change (recorded_at);

-- A trigger with transition tables names one event only, hence three functions.
CREATE FUNCTION listings.record_keyword_index_inserts() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO listings.keyword_index_change (listing_id)
    SELECT id FROM added WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;
    RETURN NULL;
END;
$$;

CREATE FUNCTION listings.record_keyword_index_deletes() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO listings.keyword_index_change (listing_id)
    SELECT id FROM gone WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;
    RETURN NULL;
END;
$$;

CREATE FUNCTION listings.record_keyword_index_updates() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO listings.keyword_index_change (listing_id)
    SELECT id FROM added WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended
    UNION
    SELECT id FROM gone WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;
    RETURN NULL;
END;
$$;

CREATE TRIGGER listing_keyword_index_insert
    AFTER INSERT ON listings.listing
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION listings.record_keyword_index_inserts();

CREATE TRIGGER listing_keyword_index_delete
    AFTER DELETE ON listings.listing
    REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION listings.record_keyword_index_deletes();

CREATE TRIGGER listing_keyword_index_update
    AFTER UPDATE ON listings.listing
    REFERENCING OLD TABLE AS gone NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION listings.record_keyword_index_updates();

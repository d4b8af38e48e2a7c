-- Exact totals for broad searches. Counting the matches of "every active listing" or "everything for sale in Spain"
-- means reading hundreds of thousands of index entries (~150 ms warm on a million listings, several times that cold),
-- more than the page costs. Searches that filter only on these dimensions take their total from this tally instead.
--
-- The tally is a ledger of signed deltas kept by statement triggers, not one counter per bucket: appending never
-- waits for another transaction's lock, so concurrent publications in one city neither serialise nor deadlock, and
-- each delta commits, or rolls back, with the change it counts. A scheduled job folds the deltas into one row per
-- bucket (ListingSearchTally), so the ledger stays a few thousand rows long.
CREATE TABLE listings.search_tally (
    status         text    NOT NULL,
    purpose        text    NOT NULL,
    property_type  text    NOT NULL,
    price_currency char(3) NOT NULL,
    country        char(2) NOT NULL,
    city_key       text    NOT NULL,
    listings       bigint  NOT NULL
);

CREATE INDEX search_tally_bucket
    ON listings.search_tally (status, purpose, property_type, price_currency, country, city_key);

-- Each trigger appends the change of one statement, grouped by bucket: +1 for every publicly visible listing it
-- leaves, -1 for every one it found (exactly the predicate of the search indexes of V2). A trigger with transition
-- tables names one event only, hence three functions.
CREATE FUNCTION listings.tally_inserted_listings() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO listings.search_tally (status, purpose, property_type, price_currency, country, city_key, listings)
    SELECT status, purpose, property_type, price_currency, country, city_key, count(*)
    FROM added
    WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended
    GROUP BY status, purpose, property_type, price_currency, country, city_key;
    RETURN NULL;
END;
$$;

CREATE FUNCTION listings.tally_deleted_listings() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO listings.search_tally (status, purpose, property_type, price_currency, country, city_key, listings)
    SELECT status, purpose, property_type, price_currency, country, city_key, -count(*)
    FROM gone
    WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended
    GROUP BY status, purpose, property_type, price_currency, country, city_key;
    RETURN NULL;
END;
$$;

CREATE FUNCTION listings.tally_updated_listings() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO listings.search_tally (status, purpose, property_type, price_currency, country, city_key, listings)
    SELECT status, purpose, property_type, price_currency, country, city_key, sum(delta)
    FROM (
        SELECT status, purpose, property_type, price_currency, country, city_key, 1 AS delta
        FROM added
        WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended
        UNION ALL
        SELECT status, purpose, property_type, price_currency, country, city_key, -1 AS delta
        FROM gone
        WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended
    ) AS change
    GROUP BY status, purpose, property_type, price_currency, country, city_key
    -- Most updates (a new description, a price change) leave the listing in its bucket: nothing to append.
    HAVING sum(delta) <> 0;
    RETURN NULL;
END;
$$;

CREATE TRIGGER listing_tally_insert
    AFTER INSERT ON listings.listing
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION listings.tally_inserted_listings();

CREATE TRIGGER listing_tally_delete
    AFTER DELETE ON listings.listing
    REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION listings.tally_deleted_listings();

CREATE TRIGGER listing_tally_update
    AFTER UPDATE ON listings.listing
    REFERENCING OLD TABLE AS gone NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION listings.tally_updated_listings();

-- Listings that exist before this migration.
INSERT INTO listings.search_tally (status, purpose, property_type, price_currency, country, city_key, listings)
SELECT status, purpose, property_type, price_currency, country, city_key, count(*)
FROM listings.listing
WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended
GROUP BY status, purpose, property_type, price_currency, country, city_key;

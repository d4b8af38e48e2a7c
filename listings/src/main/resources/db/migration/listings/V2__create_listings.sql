-- Listings, their images and price history, and what listings remember about their owners' accounts.

-- Extensions are database-wide and live outside the module's schema (ADR 0003). cube and unaccent are trusted
-- extensions, so the database owner may create them without being a superuser. earthdistance is not trusted, which
-- is why the three earth functions it would give us are defined below on top of cube.
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change), so generated columns cannot call it directly. Naming the
-- dictionary schema-qualified makes the result depend on the argument alone, which is what IMMUTABLE promises.
CREATE FUNCTION listings.search_text(input text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, input));

-- A point on the earth's surface as a 3-D cube, in metres from the earth's centre (earthdistance's ll_to_earth).
CREATE FUNCTION listings.earth_point(latitude double precision, longitude double precision) RETURNS public.cube
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN public.cube(ARRAY[
        6378168 * cos(radians(latitude)) * cos(radians(longitude)),
        6378168 * cos(radians(latitude)) * sin(radians(longitude)),
        6378168 * sin(radians(latitude))]);

-- A cube that contains every point within radius metres of centre (earthdistance's earth_box): what the GiST index
-- answers; the exact distance is checked afterwards.
CREATE FUNCTION listings.earth_box(centre public.cube, radius double precision) RETURNS public.cube
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN public.cube_enlarge(centre, radius, 3);

-- Great-circle distance in metres between two earth points (earthdistance's earth_distance).
CREATE FUNCTION listings.earth_distance(a public.cube, b public.cube) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN 2 * 6378168 * asin(least(1.0, public.cube_distance(a, b) / (2 * 6378168)));

CREATE TABLE listings.listing (
    id                      uuid PRIMARY KEY,
    version                 bigint           NOT NULL,
    owner_id                uuid             NOT NULL,
    status                  text             NOT NULL
        CHECK (status IN ('DRAFT', 'ACTIVE', 'PENDING', 'SOLD', 'RENTED', 'OFF_MARKET', 'REMOVED')),
    -- Set while a moderator has taken the listing down: the status it returns to when restored.
    status_before_take_down text,
    title                   text             NOT NULL CHECK (length(title) <= 120),
    description             text CHECK (length(description) <= 10000),
    purpose                 text             NOT NULL CHECK (purpose IN ('SALE', 'RENT')),
    property_type           text             NOT NULL,
    price_amount            numeric(14, 2)   NOT NULL CHECK (price_amount > 0),
    price_currency          char(3)          NOT NULL,
    street                  text,
    city                    text             NOT NULL,
    region                  text,
    postal_code             text,
    country                 char(2)          NOT NULL,
    address_visibility      text             NOT NULL CHECK (address_visibility IN ('FULL', 'STREET', 'HIDDEN')),
    -- What the public may see of the street: the street without house number, or nothing (HIDDEN).
    public_street           text,
    latitude                double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude               double precision CHECK (longitude BETWEEN -180 AND 180),
    -- The coordinates the public sees and searches: exact, or snapped to a ~1 km grid for HIDDEN addresses, so that
    -- no sequence of geo searches can locate a hidden address better than its grid cell.
    public_latitude         double precision,
    public_longitude        double precision,
    bedrooms                smallint CHECK (bedrooms >= 0),
    bathrooms               numeric(3, 1) CHECK (bathrooms >= 0),
    living_area             numeric(10, 2) CHECK (living_area > 0),
    lot_area                numeric(12, 2) CHECK (lot_area > 0),
    year_built              smallint,
    features                text[]           NOT NULL DEFAULT '{}',
    owner_suspended         boolean          NOT NULL DEFAULT false,
    verified_agent          boolean          NOT NULL DEFAULT false,
    created_at              timestamptz      NOT NULL,
    updated_at              timestamptz      NOT NULL,
    published_at            timestamptz,
    city_key                text GENERATED ALWAYS AS (listings.search_text(city)) STORED,
    -- Full text over what the public may see, accent- and case-insensitive, without language-specific stemming
    -- (listings are written in many languages); the title weighs most.
    document                tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', listings.search_text(title)), 'A') ||
        setweight(to_tsvector('simple', listings.search_text(
            coalesce(public_street, '') || ' ' || city || ' ' || coalesce(region, '') || ' ' ||
            coalesce(postal_code, ''))), 'B') ||
        setweight(to_tsvector('simple', listings.search_text(coalesce(description, ''))), 'C')) STORED
);

-- Images belong to the listing aggregate; position is the list index Spring Data JDBC maintains.
CREATE TABLE listings.listing_image (
    listing_id  uuid    NOT NULL REFERENCES listings.listing (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    image_id    uuid    NOT NULL UNIQUE,
    is_primary  boolean NOT NULL,
    alt_text    text CHECK (length(alt_text) <= 300),
    width       integer NOT NULL,
    height      integer NOT NULL,
    -- Prefix of the stored derivatives: <key>/thumbnail.jpg, <key>/medium.jpg, <key>/large.jpg
    storage_key text    NOT NULL,
    PRIMARY KEY (listing_id, position)
);

CREATE TABLE listings.price_change (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    listing_id uuid           NOT NULL,
    amount     numeric(14, 2) NOT NULL,
    currency   char(3)        NOT NULL,
    changed_at timestamptz    NOT NULL
);
CREATE INDEX price_change_by_listing ON listings.price_change (listing_id, changed_at, id);

-- The latest account state of every owner identity told us about; the timestamps make redelivered or reordered
-- events harmless (ADR 0005).
CREATE TABLE listings.owner_standing (
    owner_id              uuid PRIMARY KEY,
    suspended             boolean     NOT NULL DEFAULT false,
    suspension_changed_at timestamptz,
    verified_agent        boolean     NOT NULL DEFAULT false
);

-- Search only ever reads publicly visible listings; every search index is partial on that predicate, which keeps
-- them small and lets drafts, sold and removed listings pile up without slowing search down. The B-trees carry the
-- columns the common filters test (INCLUDE), so that filtering, paging and counting within them are index-only
-- scans instead of one heap visit per candidate.
CREATE INDEX listing_search_newest ON listings.listing (published_at DESC, id DESC)
    INCLUDE (status, purpose, property_type, price_amount, price_currency, bedrooms, bathrooms, living_area)
    WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;
CREATE INDEX listing_search_price ON listings.listing (price_amount, id)
    INCLUDE (status, purpose, property_type, price_currency, bedrooms, bathrooms, living_area)
    WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;
CREATE INDEX listing_search_city_newest ON listings.listing (city_key, published_at DESC, id DESC)
    INCLUDE (status, purpose, property_type, price_amount, price_currency, bedrooms, bathrooms, living_area)
    WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;
CREATE INDEX listing_search_city_price ON listings.listing (city_key, price_amount, id)
    INCLUDE (status, purpose, property_type, price_currency, bedrooms, bathrooms, living_area)
    WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;
CREATE INDEX listing_search_document ON listings.listing USING gin (document)
    WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;
CREATE INDEX listing_search_features ON listings.listing USING gin (features)
    WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;
CREATE INDEX listing_search_earth ON listings.listing USING gist (listings.earth_point(public_latitude, public_longitude))
    WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;
CREATE INDEX listing_search_point ON listings.listing USING gist (point(public_longitude, public_latitude))
    WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;
CREATE INDEX listing_by_owner ON listings.listing (owner_id, id DESC);

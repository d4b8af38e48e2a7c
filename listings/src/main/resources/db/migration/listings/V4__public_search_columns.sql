-- Search columns hold only what the public may see, and geo searches need no visit to the table.
--
-- The search document of V2 held the postal code of every listing, so a query for a HIDDEN listing's postal code
-- found it although detail and results never show that code: in countries with fine postal codes that places the
-- listing on its street, far closer than the ~1 km a hidden address may be known to. The document now holds only
-- what the public may see (the postal code of FULL and STREET addresses); dropping the column drops its index too.
--
-- Geo searches count every listing in their circle or box, and the GiST indexes of V2 were on expressions, which
-- PostgreSQL cannot answer index-only: a 5 km circle in a city (~7,000 listings) read ~7,000 heap pages. The public
-- earth point and point are now stored columns, indexed in V5.
--
-- One ALTER TABLE, so the table is rewritten once.
ALTER TABLE listings.listing
    DROP COLUMN document,
    ADD COLUMN document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', listings.search_text(title)), 'A') ||
        setweight(to_tsvector('simple', listings.search_text(
            coalesce(public_street, '') || ' ' || city || ' ' || coalesce(region, '') || ' ' ||
            CASE WHEN address_visibility = 'HIDDEN' THEN '' ELSE coalesce(postal_code, '') END)), 'B') ||
        setweight(to_tsvector('simple', listings.search_text(coalesce(description, ''))), 'C')) STORED,
    ADD COLUMN public_earth_point public.cube
        GENERATED ALWAYS AS (listings.earth_point(public_latitude, public_longitude)) STORED,
    ADD COLUMN public_point point GENERATED ALWAYS AS (point(public_longitude, public_latitude)) STORED;

CREATE INDEX listing_search_document ON listings.listing USING gin (document)
    WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;

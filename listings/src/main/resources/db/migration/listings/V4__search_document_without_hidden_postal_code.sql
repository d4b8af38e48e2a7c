-- The search document of V2 held the postal code of every listing, so a query for a HIDDEN listing's postal code
-- found it although detail and results never show that code: in countries with fine postal codes that places the
-- listing on its street, far closer than the ~1 km a hidden address may be known to. The document now holds only
-- what the public may see (the postal code of FULL and STREET addresses); dropping the column drops its index too.
ALTER TABLE listings.listing DROP COLUMN document;

ALTER TABLE listings.listing ADD COLUMN document tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', listings.search_text(title)), 'A') ||
    setweight(to_tsvector('simple', listings.search_text(
        coalesce(public_street, '') || ' ' || city || ' ' || coalesce(region, '') || ' ' ||
        CASE WHEN address_visibility = 'HIDDEN' THEN '' ELSE coalesce(postal_code, '') END)), 'B') ||
    setweight(to_tsvector('simple', listings.search_text(coalesce(description, ''))), 'C')) STORED;

CREATE INDEX listing_search_document ON listings.listing USING gin (document)
    WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;

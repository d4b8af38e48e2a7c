-- Geo searches count every listing in their circle or box. The GiST indexes now stand on the stored public earth
-- point and point of V4 and carry what counting and paging need (INCLUDE), so a geo search reads only its index.
-- cube's GiST operator class stores the cube as it is, and point's can give the point back, so both allow
-- index-only scans; the INCLUDE columns give the status test, the sort keys and the id.
DROP INDEX listings.listing_search_earth;
DROP INDEX listings.listing_search_point;

CREATE INDEX listing_search_earth ON listings.listing USING gist (public_earth_point)
    INCLUDE (status, id, published_at, price_amount)
    WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;
CREATE INDEX listing_search_point ON listings.listing USING gist (public_point)
    INCLUDE (status, id, published_at, price_amount)
    WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;

-- A large box (a region on a zoomed-out map) is searched through the newest and price B-trees instead, filtering
-- on the public coordinates (ListingSearch explains why); carrying them lets those scans stay index-only too.
DROP INDEX listings.listing_search_newest;
DROP INDEX listings.listing_search_price;
CREATE INDEX listing_search_newest ON listings.listing (published_at DESC, id DESC)
    INCLUDE (status, purpose, property_type, price_amount, price_currency, bedrooms, bathrooms, living_area,
             public_longitude, public_latitude)
    WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;
CREATE INDEX listing_search_price ON listings.listing (price_amount, id)
    INCLUDE (status, purpose, property_type, price_currency, bedrooms, bathrooms, living_area,
             public_longitude, public_latitude)
    WHERE status IN ('ACTIVE', 'PENDING') AND NOT owner_suspended;

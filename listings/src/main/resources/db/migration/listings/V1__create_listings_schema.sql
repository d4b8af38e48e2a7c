-- The listings module owns this schema; no other module reads or writes it.
CREATE SCHEMA IF NOT EXISTS listings;

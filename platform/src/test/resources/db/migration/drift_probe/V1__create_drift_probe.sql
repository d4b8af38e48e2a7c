-- A schema for JooqCodeDriftCheckTests only: proves the drift check notices a changed, missing or stale class.
CREATE SCHEMA drift_probe;
CREATE TABLE drift_probe.listing_draft
(
    id    UUID PRIMARY KEY,
    title TEXT NOT NULL
);

-- Bucket4j's token buckets for RateLimits, shared by every instance: one row per limit and (hashed) key.
-- expires_at (epoch millis) is when the bucket is full again and the row can go.
CREATE TABLE rate_limit_bucket
(
    id         TEXT PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

CREATE INDEX rate_limit_bucket_by_expiry ON rate_limit_bucket (expires_at);

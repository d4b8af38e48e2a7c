-- Login throttling moved to the platform's rate limits (the root table rate_limit_bucket), with everything else
-- that is limited per client address; its buckets here only ever held state that refills within minutes.
DROP TABLE IF EXISTS identity.login_throttle;

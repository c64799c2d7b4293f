-- Notices about ads (EU Digital Services Act, art. 16): anyone may send one, without an account.
CREATE TABLE report (
    id             uuid PRIMARY KEY,
    listing_id     uuid        NOT NULL REFERENCES listing (id),
    reason         text        NOT NULL CHECK (reason IN ('SCAM', 'DUPLICATE', 'WRONG_CATEGORY', 'OFFENSIVE',
                                                          'ILLEGAL', 'OTHER')),
    explanation    text,
    reporter_email text,
    good_faith     boolean     NOT NULL,
    -- An HMAC of the client's address: enough to limit and deduplicate, without keeping the address.
    client_key     text        NOT NULL,
    created_at     timestamptz NOT NULL,
    resolved_at    timestamptz,
    UNIQUE (listing_id, client_key)
);
CREATE INDEX report_client_recent ON report (client_key, created_at DESC);
CREATE INDEX report_open ON report (listing_id, created_at) WHERE resolved_at IS NULL;

-- Sellers are reminded 7 days before an ad expires, once for each expiry date: renewing moves the date, and
-- the next one gets its own reminder.
CREATE TABLE expiry_reminder (
    listing_id  uuid        NOT NULL REFERENCES listing (id),
    expires_at  timestamptz NOT NULL,
    sent_at     timestamptz NOT NULL,
    PRIMARY KEY (listing_id, expires_at)
);
-- Published ads by expiry: the reminders look 7 days ahead, the expiry job at what is past (it walked the
-- published ads without an index of their expiry until now). Built in about a second at a million ads.
SET LOCAL lock_timeout = '5s';
CREATE INDEX listing_published_expiry ON listing (expires_at) WHERE status = 'PUBLISHED';

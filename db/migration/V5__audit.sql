-- Who did what to which ad or account, when and why. Append-only: nothing updates or deletes these rows.
CREATE TABLE audit_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor_id    uuid,                 -- NULL: the service itself (expiry, automatic rules)
    action      text        NOT NULL,
    listing_id  uuid,
    account_id  uuid,
    from_status text,
    to_status   text,
    reason      text
);
CREATE INDEX audit_event_at ON audit_event (at DESC, id DESC);
CREATE INDEX audit_event_listing ON audit_event (listing_id, at DESC) WHERE listing_id IS NOT NULL;
CREATE INDEX audit_event_account ON audit_event (account_id, at DESC) WHERE account_id IS NOT NULL;
CREATE INDEX audit_event_actor ON audit_event (actor_id, at DESC) WHERE actor_id IS NOT NULL;
-- The moderation queue: pending ads, oldest first.
CREATE INDEX listing_pending_oldest ON listing (created_at, id) WHERE status = 'PENDING';

-- Accounts people can recover: a verified e-mail, single-use links (verification, password reset), an e-mail
-- change that waits for the new address to be confirmed, notification preferences, and erasure (GDPR art. 17).
-- A deploy waits at most 5 s for the table locks below, and fails rather than queue every request behind it.
SET LOCAL lock_timeout = '5s';
ALTER TABLE account
    ADD COLUMN email_verified_at   timestamptz,
    -- A new address asked for through PATCH /me: the old one stays the login until the new one is confirmed.
    ADD COLUMN pending_email       text,
    -- Notifications that are not transactional (message digests, expiry reminders): List-Unsubscribe turns them off.
    ADD COLUMN email_notifications boolean NOT NULL DEFAULT true,
    -- Whether the seller's phone may be shown on its ads' pages, behind "Voir le numéro".
    ADD COLUMN show_phone          boolean NOT NULL DEFAULT false,
    ADD COLUMN erased_at           timestamptz;
-- Accounts that existed before verification was asked for are taken as verified: they were let in without it.
UPDATE account SET email_verified_at = created_at;

ALTER TABLE account DROP CONSTRAINT account_status_check;
ALTER TABLE account ADD CONSTRAINT account_status_check CHECK (status IN ('ACTIVE', 'BANNED', 'ERASED'));
-- An erased professional keeps no trader identity either.
ALTER TABLE account DROP CONSTRAINT account_check;
ALTER TABLE account ADD CONSTRAINT account_pro_identity_check CHECK (status = 'ERASED' OR seller_type = 'PRIVATE'
    OR (pro_legal_name IS NOT NULL AND pro_siren IS NOT NULL));

-- Single-use links sent by mail, kept as SHA-256 digests like refresh tokens: a leaked table opens nothing.
CREATE TABLE account_link (
    token_hash  bytea PRIMARY KEY,
    account_id  uuid        NOT NULL REFERENCES account (id),
    purpose     text        NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    -- The address the link was sent to: a verification confirms that address, not whatever the account has now.
    email       text        NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX account_link_account ON account_link (account_id, purpose) WHERE used_at IS NULL;

-- An ad of an account whose address is not verified yet is a DRAFT: kept, editable, not in the queue.
ALTER TABLE listing DROP CONSTRAINT listing_status_check;
-- NOT VALID, then VALIDATE: the scan of every ad happens under a lock that lets writers through.
ALTER TABLE listing ADD CONSTRAINT listing_status_check CHECK (status IN ('DRAFT', 'PENDING', 'PUBLISHED',
    'REJECTED', 'EXPIRED', 'SOLD', 'WITHDRAWN', 'SUSPENDED')) NOT VALID;
ALTER TABLE listing VALIDATE CONSTRAINT listing_status_check;
CREATE INDEX listing_seller_drafts ON listing (seller_id) WHERE status = 'DRAFT';

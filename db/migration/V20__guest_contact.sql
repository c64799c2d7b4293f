-- A reader without an account contacts a seller from the ad page: the message waits here until the reader
-- follows the link mailed to the address given, then becomes a conversation whose buyer side is that guest.
ALTER TABLE conversation
    ADD COLUMN guest_name       text,
    ADD COLUMN guest_email      text,
    -- The seller blocked the guest: the guest's link still reads the conversation but writes no more.
    ADD COLUMN guest_blocked_at timestamptz,
    ADD CONSTRAINT conversation_buyer_or_guest CHECK (buyer_id IS NOT NULL OR (guest_name IS NOT NULL AND guest_email IS NOT NULL));

CREATE TABLE guest_contact (
    -- The SHA-256 of the token in the confirmation link.
    token_hash       bytea PRIMARY KEY,
    listing_id       uuid        NOT NULL REFERENCES listing (id),
    name             text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 80),
    email            text        NOT NULL,
    body             text        NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
    client_key       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    confirmed_at     timestamptz,
    conversation_id  uuid REFERENCES conversation (id)
);
-- The limits count a client's and an address's requests of the last hour.
CREATE INDEX guest_contact_client ON guest_contact (client_key, created_at DESC);
CREATE INDEX guest_contact_email ON guest_contact (lower(email), created_at DESC);

-- "Voir le numéro": each reveal, by client (an HMAC of its address), for the per-client limit.
CREATE TABLE phone_reveal (
    client_key  text        NOT NULL,
    listing_id  uuid        NOT NULL REFERENCES listing (id),
    at          timestamptz NOT NULL
);
CREATE INDEX phone_reveal_client ON phone_reveal (client_key, at DESC);

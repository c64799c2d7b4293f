-- Conversations about an ad between its seller and one buyer: an account, or (later) a guest who confirmed an
-- e-mail. Neither side ever sees the other's address or phone; mail about a conversation goes through the
-- service with a link back to it.
CREATE TABLE conversation (
    id                       uuid PRIMARY KEY,
    listing_id               uuid        NOT NULL REFERENCES listing (id),
    seller_id                uuid        NOT NULL REFERENCES account (id),
    buyer_id                 uuid        REFERENCES account (id),
    created_at               timestamptz NOT NULL,
    last_message_at          timestamptz NOT NULL,
    -- Each side's last read: the other side's messages after it are unread.
    seller_read_at           timestamptz,
    buyer_read_at            timestamptz,
    -- Each side's digest: when it was last mailed, and since when it has messages it was not mailed about.
    seller_notified_at       timestamptz,
    buyer_notified_at        timestamptz,
    seller_unnotified_since  timestamptz,
    buyer_unnotified_since   timestamptz,
    -- An HMAC of the address of the client that opened it (the rate limit per client), never the address.
    opened_by_client         text        NOT NULL
);
-- One thread per buyer and ad: writing again continues it.
CREATE UNIQUE INDEX conversation_buyer_listing ON conversation (buyer_id, listing_id) WHERE buyer_id IS NOT NULL;
-- Each side's inbox, newest activity first.
CREATE INDEX conversation_seller_inbox ON conversation (seller_id, last_message_at DESC, id DESC);
CREATE INDEX conversation_buyer_inbox ON conversation (buyer_id, last_message_at DESC, id DESC) WHERE buyer_id IS NOT NULL;
-- The rate limits count conversations opened in the last hour.
CREATE INDEX conversation_opened_by_client ON conversation (opened_by_client, created_at DESC);
-- The digest job finds the sides waiting for a mail.
CREATE INDEX conversation_seller_digest ON conversation (seller_unnotified_since) WHERE seller_unnotified_since IS NOT NULL;
CREATE INDEX conversation_buyer_digest ON conversation (buyer_unnotified_since) WHERE buyer_unnotified_since IS NOT NULL;

CREATE TABLE message (
    id               uuid PRIMARY KEY,
    conversation_id  uuid        NOT NULL REFERENCES conversation (id),
    from_seller      boolean     NOT NULL,
    body             text        NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
    -- Set by moderation when the text holds contact details or a payment scam's words: [{code, detail}].
    flags            jsonb       NOT NULL DEFAULT '[]',
    created_at       timestamptz NOT NULL
);
CREATE INDEX message_thread ON message (conversation_id, created_at DESC, id DESC);
CREATE INDEX message_flagged ON message (created_at DESC, id DESC) WHERE flags <> '[]';

-- A block: the blocked account may not write to the blocker any more, in any conversation.
CREATE TABLE account_block (
    blocker_id  uuid        NOT NULL REFERENCES account (id),
    blocked_id  uuid        NOT NULL REFERENCES account (id),
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);

-- Notices about a message (EU Digital Services Act, art. 16), by a participant, into the admin reports.
CREATE TABLE message_report (
    id           uuid PRIMARY KEY,
    message_id   uuid        NOT NULL REFERENCES message (id),
    reporter_id  uuid        NOT NULL REFERENCES account (id),
    reason       text        NOT NULL CHECK (reason IN ('SCAM', 'DUPLICATE', 'WRONG_CATEGORY', 'OFFENSIVE',
                                                        'ILLEGAL', 'OTHER')),
    explanation  text,
    good_faith   boolean     NOT NULL,
    created_at   timestamptz NOT NULL,
    resolved_at  timestamptz,
    UNIQUE (message_id, reporter_id)
);
CREATE INDEX message_report_open ON message_report (created_at) WHERE resolved_at IS NULL;

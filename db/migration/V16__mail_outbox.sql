-- Mail to send, written in the same transaction as the event that causes it (a transactional outbox), so
-- that a mail is never sent for a change that rolled back, nor lost for one that committed. Every instance
-- runs a sender that claims due rows with FOR UPDATE SKIP LOCKED, one at a time: each mail goes out once.
CREATE TABLE mail_outbox (
    id              uuid PRIMARY KEY,
    -- The template it was rendered from (verify-email, password-reset, ...): for metrics and the dev mailbox.
    kind            text        NOT NULL,
    recipient       text        NOT NULL,
    subject         text        NOT NULL,
    text_body       text        NOT NULL,
    html_body       text        NOT NULL,
    -- Set on mail that is not transactional: sent as List-Unsubscribe with List-Unsubscribe-Post (RFC 8058).
    unsubscribe_url text,
    created_at      timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    sent_at         timestamptz,
    -- A permanent failure (refused address, or retries exhausted): kept for an operator, never retried.
    failed_at       timestamptz,
    last_error      text,
    CHECK (sent_at IS NULL OR failed_at IS NULL)
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX mail_outbox_failed ON mail_outbox (failed_at) WHERE failed_at IS NOT NULL;
-- The dev mailbox lists the newest first; erasing an account finds its address's mail.
CREATE INDEX mail_outbox_newest ON mail_outbox (created_at DESC);
CREATE INDEX mail_outbox_recipient ON mail_outbox (lower(recipient));

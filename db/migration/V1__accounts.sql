-- Sellers and admins. The e-mail is unique without regard to case; the password is an Argon2id PHC string.
CREATE TABLE account (
    id              uuid PRIMARY KEY,
    email           text        NOT NULL,
    password_hash   text        NOT NULL,
    display_name    text        NOT NULL,
    phone           text,
    seller_type     text        NOT NULL CHECK (seller_type IN ('PRIVATE', 'PRO')),
    -- Trader identity required of professional sellers by the EU Digital Services Act (art. 30).
    pro_legal_name  text,
    pro_siren       char(9),
    pro_address     text,
    pro_phone       text,
    role            text        NOT NULL CHECK (role IN ('SELLER', 'ADMIN')),
    status          text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'BANNED')),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CHECK (seller_type = 'PRIVATE' OR (pro_legal_name IS NOT NULL AND pro_siren IS NOT NULL))
);
CREATE UNIQUE INDEX account_email_key ON account (lower(email));

-- Refresh tokens are stored as SHA-256 digests: a leaked table cannot be replayed.
CREATE TABLE refresh_token (
    token_hash  bytea PRIMARY KEY,
    account_id  uuid        NOT NULL REFERENCES account (id),
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);
CREATE INDEX refresh_token_account ON refresh_token (account_id) WHERE revoked_at IS NULL;

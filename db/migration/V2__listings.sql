CREATE TABLE listing (
    id                uuid PRIMARY KEY,
    seller_id         uuid        NOT NULL REFERENCES account (id),
    category          text        NOT NULL CHECK (category IN ('REAL_ESTATE', 'VEHICLES', 'GOODS')),
    subcategory       text        NOT NULL,
    title             text        NOT NULL CHECK (char_length(title) BETWEEN 3 AND 100),
    description       text        NOT NULL DEFAULT '' CHECK (char_length(description) <= 4000),
    price_cents       bigint      NOT NULL CHECK (price_cents >= 0),
    postcode          char(5)     NOT NULL,
    city              text        NOT NULL,
    insee_code        varchar(5)  NOT NULL,
    department_code   varchar(3)  NOT NULL,
    region_code       varchar(2)  NOT NULL,
    -- Typed per category in the application (RealEstateAttributes, VehicleAttributes, GoodsAttributes).
    attributes        jsonb       NOT NULL,
    status            text        NOT NULL CHECK (status IN ('PENDING', 'PUBLISHED', 'REJECTED', 'EXPIRED',
                                                             'SOLD', 'WITHDRAWN', 'SUSPENDED')),
    moderation_flags  jsonb       NOT NULL DEFAULT '[]',
    moderation_reason text,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    published_at      timestamptz,
    expires_at        timestamptz,
    version           integer     NOT NULL DEFAULT 0
);
-- A seller's own ads, newest first (GET /me/listings, keyset paging).
CREATE INDEX listing_seller_newest ON listing (seller_id, created_at DESC, id DESC);
-- Public views read published ads newest first.
CREATE INDEX listing_published_newest ON listing (published_at DESC, id DESC) WHERE status = 'PUBLISHED';

-- A retried create with the same Idempotency-Key answers the first ad instead of making a second one.
CREATE TABLE idempotency_key (
    account_id    uuid        NOT NULL REFERENCES account (id),
    key           text        NOT NULL,
    request_hash  bytea       NOT NULL,
    listing_id    uuid        NOT NULL,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (account_id, key)
);

-- Which seed ads were loaded, so that restarting the quick start never loads them twice.
CREATE TABLE seed_listing (
    key         text PRIMARY KEY,
    listing_id  uuid NOT NULL REFERENCES listing (id)
);

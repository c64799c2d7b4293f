-- Ad photos. A row exists before its bytes do, and is removed only after they are gone, so a stored object
-- always has a row that points at it: no orphan, whatever crashes between the steps (docs/photos.md).
--   UPLOADING  the row is written, the sizes are being stored; a row stuck here is swept after an hour
--   LIVE       shown with its ad
--   DELETED    its bytes are to be removed by the sweeper, which then deletes the row
SET LOCAL lock_timeout = '5s';

CREATE TABLE photo (
    id          uuid        PRIMARY KEY,
    listing_id  uuid        NOT NULL REFERENCES listing (id),
    seller_id   uuid        NOT NULL REFERENCES account (id),
    status      text        NOT NULL CHECK (status IN ('UPLOADING', 'LIVE', 'DELETED')),
    position    int         NOT NULL,
    -- the large size's dimensions (upright: the EXIF orientation applied); the others have its aspect ratio
    width       int         NOT NULL CHECK (width > 0),
    height      int         NOT NULL CHECK (height > 0),
    -- a 64-bit difference hash of the picture, and its eight bytes tagged by their rank (rank * 256 + byte):
    -- two hashes at most 7 bits apart share at least one tagged byte, which the GIN index finds
    dhash       bigint      NOT NULL,
    dhash_bytes int[]       NOT NULL GENERATED ALWAYS AS (ARRAY[
                    ((dhash >> 56) & 255)::int,        256 + ((dhash >> 48) & 255)::int,
                    512 + ((dhash >> 40) & 255)::int,  768 + ((dhash >> 32) & 255)::int,
                    1024 + ((dhash >> 24) & 255)::int, 1280 + ((dhash >> 16) & 255)::int,
                    1536 + ((dhash >> 8) & 255)::int,  1792 + (dhash & 255)::int]) STORED,
    created_at  timestamptz NOT NULL,
    changed_at  timestamptz NOT NULL
);
CREATE INDEX photo_listing ON photo (listing_id, position) WHERE status <> 'DELETED';
CREATE INDEX photo_seller_created ON photo (seller_id, created_at);
CREATE INDEX photo_to_sweep ON photo (changed_at) WHERE status <> 'LIVE';
CREATE INDEX photo_dhash_bytes ON photo USING gin (dhash_bytes) WHERE status = 'LIVE';

-- The bytes, when PostgreSQL is the store (the default): one row per size, written once, never updated.
CREATE TABLE photo_blob (
    key    text  PRIMARY KEY,
    bytes  bytea NOT NULL
);
ALTER TABLE photo_blob ALTER COLUMN bytes SET STORAGE EXTERNAL; -- JPEG does not compress: skip pglz

-- What an ad shows, in display order: [{"id", "width", "height"}], rewritten with the photo rows in one
-- transaction. Kept on the ad so that search, the block and the ad page read one row, as before.
ALTER TABLE listing ADD COLUMN photos jsonb NOT NULL DEFAULT '[]';

-- Public search over published ads (see docs/search.md for the measurements behind these choices).

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- French stemming on unaccented words: "tronconneuse" finds "Tronçonneuse", "meublées" finds "Meublée".
-- unaccent() itself is not immutable, but a text search configuration that uses its dictionary can feed a
-- generated column, because to_tsvector(regconfig, text) is.
CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
ALTER TEXT SEARCH CONFIGURATION french_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- What the seller's type is, copied from the account once: search filters on it without a join.
ALTER TABLE listing ADD COLUMN seller_type text NOT NULL DEFAULT 'PRIVATE';
UPDATE listing l SET seller_type = a.seller_type FROM account a WHERE a.id = l.seller_id;

-- The title folded for trigram matching of misspelt words ("tronçoneuse", "aquarel").
ALTER TABLE listing ADD COLUMN title_folded text NOT NULL DEFAULT '';

CREATE FUNCTION listing_search_fields() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.title_folded := lower(unaccent(NEW.title));
    IF TG_OP = 'INSERT' THEN
        SELECT a.seller_type INTO NEW.seller_type FROM account a WHERE a.id = NEW.seller_id;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER listing_search_fields BEFORE INSERT OR UPDATE OF title, seller_id ON listing
    FOR EACH ROW EXECUTE FUNCTION listing_search_fields();
UPDATE listing SET title = title;

-- The weighted document: title (A) above brand, model, property type and category words (B), the
-- description (C) and the city (D).
ALTER TABLE listing ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('french_unaccent', title), 'A') ||
    setweight(to_tsvector('french_unaccent',
        coalesce(attributes ->> 'brand', '') || ' ' || coalesce(attributes ->> 'model', '') || ' ' ||
        CASE attributes ->> 'propertyType'
            WHEN 'HOUSE' THEN 'maison' WHEN 'APARTMENT' THEN 'appartement' WHEN 'ROOM' THEN 'chambre'
            WHEN 'LAND' THEN 'terrain' WHEN 'PARKING' THEN 'parking garage' WHEN 'COMMERCIAL' THEN 'local commercial'
            ELSE '' END || ' ' ||
        CASE subcategory
            WHEN 'RENT' THEN 'location louer' WHEN 'SALE' THEN 'vente vendre' WHEN 'VIAGER' THEN 'viager'
            WHEN 'CAR' THEN 'voiture' WHEN 'MOTORCYCLE' THEN 'moto' WHEN 'VAN' THEN 'utilitaire'
            WHEN 'CARAVAN' THEN 'caravane camping-car' WHEN 'PARTS' THEN 'pièces'
            ELSE '' END), 'B') ||
    setweight(to_tsvector('french_unaccent', description), 'C') ||
    setweight(to_tsvector('french_unaccent', city), 'D')) STORED;

-- Typed copies of the attributes that search filters on, so that each filter has a plain, indexable column.
ALTER TABLE listing
    ADD COLUMN property_type text GENERATED ALWAYS AS (attributes ->> 'propertyType') STORED,
    ADD COLUMN surface_m2 integer GENERATED ALWAYS AS ((attributes ->> 'surfaceM2')::integer) STORED,
    ADD COLUMN rooms integer GENERATED ALWAYS AS ((attributes ->> 'rooms')::integer) STORED,
    ADD COLUMN furnished boolean GENERATED ALWAYS AS ((attributes ->> 'furnished')::boolean) STORED,
    ADD COLUMN energy_class text GENERATED ALWAYS AS (attributes ->> 'energyClass') STORED,
    ADD COLUMN brand text GENERATED ALWAYS AS (lower(attributes ->> 'brand')) STORED,
    ADD COLUMN fuel text GENERATED ALWAYS AS (attributes ->> 'fuel') STORED,
    ADD COLUMN gearbox text GENERATED ALWAYS AS (attributes ->> 'gearbox') STORED,
    ADD COLUMN vehicle_year integer GENERATED ALWAYS AS ((attributes ->> 'year')::integer) STORED,
    ADD COLUMN mileage_km integer GENERATED ALWAYS AS ((attributes ->> 'mileageKm')::integer) STORED,
    ADD COLUMN item_condition text GENERATED ALWAYS AS (attributes ->> 'condition') STORED;

-- Every index below covers published ads only: the public never sees the others.
CREATE INDEX listing_published_text ON listing USING gin (search_document) WHERE status = 'PUBLISHED';
CREATE INDEX listing_published_title_trgm ON listing USING gin (title_folded gin_trgm_ops) WHERE status = 'PUBLISHED';
CREATE INDEX listing_published_category_newest ON listing (category, published_at DESC, id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX listing_published_subcategory_newest ON listing (subcategory, published_at DESC, id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX listing_published_department_newest ON listing (department_code, published_at DESC, id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX listing_published_region_newest ON listing (region_code, published_at DESC, id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX listing_published_postcode ON listing (postcode) WHERE status = 'PUBLISHED';
CREATE INDEX listing_published_price ON listing (price_cents, id) WHERE status = 'PUBLISHED';
CREATE INDEX listing_published_seller_type ON listing (seller_type) WHERE status = 'PUBLISHED' AND seller_type = 'PRO';
CREATE INDEX listing_published_property ON listing (property_type, surface_m2) WHERE status = 'PUBLISHED';
CREATE INDEX listing_published_rooms ON listing (rooms) WHERE status = 'PUBLISHED';
CREATE INDEX listing_published_furnished ON listing (furnished) WHERE status = 'PUBLISHED' AND furnished;
CREATE INDEX listing_published_energy ON listing (energy_class) WHERE status = 'PUBLISHED';
CREATE INDEX listing_published_brand ON listing (brand, vehicle_year) WHERE status = 'PUBLISHED';
CREATE INDEX listing_published_fuel ON listing (fuel) WHERE status = 'PUBLISHED';
CREATE INDEX listing_published_gearbox ON listing (gearbox) WHERE status = 'PUBLISHED';
CREATE INDEX listing_published_year ON listing (vehicle_year) WHERE status = 'PUBLISHED';
CREATE INDEX listing_published_mileage ON listing (mileage_km) WHERE status = 'PUBLISHED';
CREATE INDEX listing_published_condition ON listing (item_condition) WHERE status = 'PUBLISHED';

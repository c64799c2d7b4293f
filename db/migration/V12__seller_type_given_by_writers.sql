-- The trigger of V3 looked the seller's type up in account for every ad inserted: a query per row from
-- plpgsql, about a third of PostgreSQL's work when ads are loaded in bulk. A writer that knows the type
-- (the data generator, which has the seller at hand) now gives it; the lookup stays for the others, which
-- leave the column out (the service's own inserts): without a default, it arrives NULL and the trigger
-- fills it before NOT NULL is checked.
ALTER TABLE listing ALTER COLUMN seller_type DROP DEFAULT;

CREATE OR REPLACE FUNCTION listing_search_fields() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.title_folded := lower(unaccent(NEW.title));
    IF TG_OP = 'INSERT' AND NEW.seller_type IS NULL THEN
        SELECT a.seller_type INTO NEW.seller_type FROM account a WHERE a.id = NEW.seller_id;
    END IF;
    RETURN NEW;
END $$;

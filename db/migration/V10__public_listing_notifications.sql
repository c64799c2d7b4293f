-- Every statement that can change what readers see (an ad entering, changing in or leaving the public
-- views) announces it on the channel listing_public once, after its rows are written. Instances that
-- cache rendered pages (the news-site widget, detail pages) LISTEN and drop what is stale, whichever
-- instance, job or script made the change. The payload lists the ids when there are at most 100 of them,
-- '*' otherwise (a bulk load or a ban); notifications are delivered only if the transaction commits.

CREATE FUNCTION listing_public_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed uuid[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(id) INTO changed
        FROM (SELECT id FROM new_rows WHERE status = 'PUBLISHED' LIMIT 101) s;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT array_agg(id) INTO changed
        FROM (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE n.status = 'PUBLISHED' OR o.status = 'PUBLISHED' LIMIT 101) s;
    ELSE
        SELECT array_agg(id) INTO changed
        FROM (SELECT id FROM old_rows WHERE status = 'PUBLISHED' LIMIT 101) s;
    END IF;
    IF changed IS NOT NULL THEN
        PERFORM pg_notify('listing_public',
                          CASE WHEN cardinality(changed) > 100 THEN '*' ELSE array_to_string(changed, ',') END);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER listing_public_inserted AFTER INSERT ON listing
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION listing_public_changed();
CREATE TRIGGER listing_public_updated AFTER UPDATE ON listing
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION listing_public_changed();
CREATE TRIGGER listing_public_deleted AFTER DELETE ON listing
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION listing_public_changed();

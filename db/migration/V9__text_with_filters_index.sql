-- Free text with a category or a department: one GIN index answers all the conditions together
-- (btree_gin indexes the plain columns beside the document). Without it the planner walked the department's
-- newest-first index testing the text on every row: "peugeot" in Seine-Maritime vehicles took 1.1 s at a
-- million ads, 68 ms with it.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX listing_published_text_filters ON listing
    USING gin (search_document, category, department_code) WHERE status = 'PUBLISHED';
-- Not the subcategory: with it, "appartement meublé" among rents became a bitmap of 19,000 rows to fetch,
-- slower than walking the newest rents (752 ms against 96 ms p50).

-- Facets over a common word count a fixed sample of the published ads, one in 128 chosen by a hash of the id
-- (Facets.SAMPLE_EVERY; the query repeats this predicate so that the planner can use the index), instead of
-- walking the newest ads until 2,000 of them match: at a million ads "voiture" (199,000 matches) walked 9,500
-- ads and tested the text on each, 13.4 ms; this index finds its 1,579 sampled matches in 2.1 ms (warm,
-- EXPLAIN ANALYZE). The sample is spread over every date, not the newest ads only, and counts the total too.
-- It holds 7,200 documents at a million ads: 1.7 MB, built in 0.4 s.
CREATE INDEX listing_published_text_sample ON listing USING gin (search_document)
    WHERE status = 'PUBLISHED' AND (uuid_hash(id) & 127) = 0;

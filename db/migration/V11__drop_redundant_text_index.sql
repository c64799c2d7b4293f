-- listing_published_text (V3) indexes the search document alone; listing_published_text_filters (V9)
-- indexes it with the category and the department. A multicolumn GIN index answers conditions on any
-- subset of its columns as well as an index of that subset would (PostgreSQL documentation, "Multicolumn
-- Indexes"), and the planner takes V9's index for text alone once V3's is gone. Keeping both cost every
-- written ad a second entry for each of its words: the largest share of loading or writing an ad.
DROP INDEX IF EXISTS listing_published_text;

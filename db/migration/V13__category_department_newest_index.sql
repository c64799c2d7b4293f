-- A category in one department, newest first: the news site's usual search ("voitures en Seine-Maritime").
-- With a common word it is now a bounded walk of this index, testing the text on each ad, instead of a scan
-- of V9's GIN index: "peugeot" among vehicles in the 76, at a million ads, 3 ms against 8.5 ms by pgbench
-- with one client (the GIN scan intersects the long lists of the category and the department). Without text it
-- reads the page straight from the index.
CREATE INDEX listing_published_category_department_newest ON listing
    (category, department_code, published_at DESC, id DESC) WHERE status = 'PUBLISHED';

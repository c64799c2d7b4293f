package annonces.search;

import annonces.listings.ListingRows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The SQL of each query shape, with its parameters. Kept apart from running it so that a test can ask
 * PostgreSQL for the plan of exactly what the service sends (SearchPlansIT).
 */
final class SearchStatements {

    static final int RELEVANCE_CANDIDATES = 200;
    /** How many of the newest ads {@link #relevanceWalk} tests before leaving a rarer word to the text index. */
    static final int RELEVANCE_WALK = 3_000;
    private static final String COLUMNS = ListingRows.columns("l");

    private SearchStatements() {
    }

    /** One statement and the values of its {@code ?} in order. */
    record Statement(String sql, List<Object> parameters) {
    }

    /** Where the previous page ended: the first page's instant, the sort key and the id of its last ad. */
    record Position(Instant asOf, String sortKey, UUID id) {
    }

    /** Newest first or by price: the keyset is (sort column, id), in the order of an index. */
    static Statement ordered(SearchCriteria c, Instant asOf, Position after, Sort sort) {
        boolean byPrice = sort == Sort.PRICE_ASC || sort == Sort.PRICE_DESC;
        boolean ascending = sort == Sort.PRICE_ASC;
        String column = byPrice ? "l.price_cents" : "l.published_at";
        Filters f = Filters.of(c).and("l.published_at <= ?", timestamp(asOf));
        if (c.q() != null) {
            f.and("l.search_document @@ " + Filters.TEXT_QUERY, c.q());
        }
        if (after != null) {
            Object key = byPrice ? Long.valueOf(after.sortKey()) : timestamp(Instant.parse(after.sortKey()));
            f.and("(" + column + ", l.id) " + (ascending ? ">" : "<") + " (?, ?)", key, after.id());
        }
        String direction = ascending ? "ASC" : "DESC";
        List<Object> parameters = new ArrayList<>(f.parameters());
        parameters.add(c.limit() + 1);
        return new Statement("SELECT " + COLUMNS + " FROM listing l WHERE " + f.sql()
                + " ORDER BY " + column + " " + direction + ", l.id " + direction + " LIMIT ?", parameters);
    }

    /**
     * Ranked by ts_rank (title above attributes above description above city) among the newest matches:
     * ranking every match of a common word costs seconds at a million ads, the newest thousand milliseconds.
     */
    static Statement relevance(SearchCriteria c, Instant asOf, Position after) {
        Filters f = Filters.of(c).and("l.published_at <= ?", timestamp(asOf))
                .and("l.search_document @@ " + Filters.TEXT_QUERY, c.q());
        List<Object> parameters = new ArrayList<>();
        parameters.add(c.q());
        parameters.addAll(f.parameters());
        return ranked(c, after, """
                SELECT l.id, ts_rank(l.search_document, %s, 1) AS rank
                FROM listing l WHERE %s
                ORDER BY l.published_at DESC, l.id DESC LIMIT ?""".formatted(Filters.TEXT_QUERY, f.sql()),
                parameters, "");
    }

    /**
     * The same page as {@link #relevance}, found by walking at most {@code walk} of the newest ads the filters
     * keep, in the order of their index, and testing the text on each: a common word fills the candidates
     * after a few hundred ads, whatever the planner believes of its frequency (it underestimates words that
     * go together, such as "appartement meublé", and then chooses to sort every match). Also answers
     * {@code matched}, the number of candidates found: fewer than {@link #RELEVANCE_CANDIDATES} means the walk
     * ended first, and the caller must ask {@link #relevance} instead.
     */
    static Statement relevanceWalk(SearchCriteria c, Instant asOf, Position after, int walk) {
        Filters f = Filters.of(c).and("l.published_at <= ?", timestamp(asOf));
        List<Object> parameters = new ArrayList<>();
        parameters.add(c.q());
        parameters.addAll(f.parameters());
        parameters.add(walk);
        parameters.add(c.q());
        return ranked(c, after, """
                SELECT w.id, ts_rank(w.search_document, %1$s, 1) AS rank
                FROM (SELECT l.id, l.published_at, l.search_document FROM listing l WHERE %2$s
                      ORDER BY l.published_at DESC, l.id DESC LIMIT ?) w
                WHERE w.search_document @@ %1$s
                ORDER BY w.published_at DESC, w.id DESC LIMIT ?""".formatted(Filters.TEXT_QUERY, f.sql()),
                parameters, ", (SELECT count(*) FROM matches) AS matched");
    }

    /**
     * A page of candidates ranked: {@code candidates} selects (id, rank) of the newest matches, its last
     * parameter the number of candidates; the page follows (rank, id) from the cursor's position.
     */
    private static Statement ranked(SearchCriteria c, Position after, String candidates, List<Object> parameters,
                                    String moreColumns) {
        parameters.add(RELEVANCE_CANDIDATES);
        String keyset = "";
        if (after != null) {
            keyset = "WHERE (m.rank, m.id) < (CAST(? AS real), ?) ";
            parameters.add(Float.valueOf(after.sortKey()));
            parameters.add(after.id());
        }
        parameters.add(c.limit() + 1);
        // Only the page's ads are read whole: the candidates carry their id and rank.
        return new Statement("WITH matches AS (" + candidates + "),\npage AS (SELECT m.id, m.rank FROM matches m "
                + keyset + "ORDER BY m.rank DESC, m.id DESC LIMIT ?)\nSELECT " + COLUMNS + ", p.rank AS search_rank"
                + moreColumns + " FROM page p JOIN listing l ON l.id = p.id ORDER BY p.rank DESC, p.id DESC",
                parameters);
    }

    /** When the words match nothing: titles that look like the query (trigram word similarity). */
    static Statement similar(SearchCriteria c, Instant asOf) {
        // folded by PostgreSQL itself, exactly as the title_folded column is
        String folded = "lower(unaccent(CAST(? AS text)))";
        Filters f = Filters.of(c).and("l.published_at <= ?", timestamp(asOf)).and(folded + " <% l.title_folded", c.q());
        List<Object> parameters = new ArrayList<>(f.parameters());
        parameters.add(c.q());
        parameters.add(c.limit());
        return new Statement("SELECT " + COLUMNS + " FROM listing l WHERE " + f.sql() + " ORDER BY word_similarity("
                + folded + ", l.title_folded) DESC, l.published_at DESC, l.id DESC LIMIT ?", parameters);
    }

    /**
     * Counts on the newest {@code size} matches: exact when fewer match, a sample otherwise. Newest first, so
     * that the sample walks an index instead of the table.
     */
    static Statement facetSample(SearchCriteria c, int size) {
        Filters f = textFilters(c);
        String sample = "SELECT l.category, l.subcategory, l.department_code FROM listing l WHERE " + f.sql()
                + " ORDER BY l.published_at DESC, l.id DESC LIMIT " + size;
        return new Statement("""
                SELECT category, subcategory, department_code, count(*) AS n FROM (%s) s
                GROUP BY GROUPING SETS ((category), (subcategory), (department_code))""".formatted(sample),
                f.parameters());
    }

    /**
     * Counts over free text on the fixed sample: the published ads whose id hashes to one in
     * {@link Facets#SAMPLE_EVERY}, whatever their date, kept in a narrow table of their own (V15) that has
     * the columns the filters read.
     */
    static Statement facetTextSample(SearchCriteria c) {
        Filters f = textFilters(c);
        return new Statement("""
                SELECT l.category, l.subcategory, l.department_code, count(*) AS n FROM listing_text_sample l WHERE %s
                GROUP BY GROUPING SETS ((l.category), (l.subcategory), (l.department_code))""".formatted(f.sql()),
                f.parameters());
    }

    /** Only planned, never run: PostgreSQL's estimate of how many ads match. */
    static Statement matchEstimate(SearchCriteria c) {
        Filters f = textFilters(c);
        return new Statement("EXPLAIN (FORMAT JSON) SELECT 1 FROM listing l WHERE " + f.sql(), f.parameters());
    }

    private static Filters textFilters(SearchCriteria c) {
        Filters f = Filters.of(c);
        if (c.q() != null) {
            f.and("l.search_document @@ " + Filters.TEXT_QUERY, c.q());
        }
        return f;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

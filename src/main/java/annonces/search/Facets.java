package annonces.search;

import java.util.List;

/**
 * Counts per category, subcategory and department for the same filters. Exact up to {@link #EXACT_UP_TO}
 * matches; beyond, counted on a sample and scaled to PostgreSQL's estimate of the total, and marked
 * {@code approximate}, because an exact count over a common term costs seconds at a million ads.
 */
record Facets(long total, boolean approximate, List<Count> category, List<Count> subcategory, List<Count> department) {

    static final int EXACT_UP_TO = 10_000;
    /** Past this many matches by PostgreSQL's estimate, counts come from {@link #SMALL_SAMPLE} newest matches. */
    static final long SURELY_BEYOND = 5L * EXACT_UP_TO;
    static final int SMALL_SAMPLE = 2_000;

    /** One value of a facet, its French label where it has one, and how many ads have it. */
    record Count(String value, String label, long count) {
    }
}

package annonces.search;

import java.util.List;

/**
 * Counts per category, subcategory and department for the same filters. Exact up to {@link #EXACT_UP_TO}
 * matches; beyond, counted on a sample, scaled to an estimate of the total and marked {@code approximate},
 * because an exact count over a common term costs seconds at a million ads.
 */
record Facets(long total, boolean approximate, List<Count> category, List<Count> subcategory, List<Count> department) {

    static final int EXACT_UP_TO = 10_000;
    /**
     * With free text, one published ad in this many is counted first (V15's table, whose triggers say 127):
     * when the sample scales to {@link #SAMPLED_FROM} matches or more, it is the answer. Below, the matches are
     * counted exactly: a word with at most 10,000 matches has 78 of them in the sample on average, and 157 or
     * more in practically no case.
     */
    static final int SAMPLE_EVERY = 128;
    static final long SAMPLED_FROM = 2L * EXACT_UP_TO;
    /** Without text, past this many matches by PostgreSQL's estimate, counts come from {@link #SMALL_SAMPLE} newest. */
    static final long SURELY_BEYOND = 5L * EXACT_UP_TO;
    static final int SMALL_SAMPLE = 2_000;

    /** One value of a facet, its French label where it has one, and how many ads have it. */
    record Count(String value, String label, long count) {
    }
}

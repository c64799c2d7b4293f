package annonces.search;

import annonces.geo.Communes;
import annonces.geo.Department;
import annonces.listings.Category;
import annonces.listings.Listing;
import annonces.listings.ListingRows;
import annonces.listings.PublicListingJson;
import annonces.listings.Subcategory;
import annonces.search.SearchStatements.Position;
import annonces.search.SearchStatements.Statement;
import annonces.system.Cursors;
import annonces.system.InvalidInputException;
import annonces.system.Sha256;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The public search. Each query shape is built around what PostgreSQL answers fast at a million ads
 * (docs/search.md): keyset paging on an index order, never OFFSET; relevance ranked over the newest
 * matches only; facets counted on a capped sample. A page sequence reads the ads published up to its first
 * page's instant, so paging neither repeats nor skips an ad while others are published.
 */
@Singleton
public class Search {

    private static final String CURSOR_KIND = "search";
    private static final Logger LOG = LoggerFactory.getLogger(Search.class);

    private final JdbcOperations jdbc;
    private final PublicListingJson publicJson;
    private final Cursors cursors;
    private final Communes communes;
    private final Clock clock;

    /** Reads go to the {@code read} datasource: a replica when one is configured, the primary otherwise. */
    Search(@Named("read") JdbcOperations jdbc, PublicListingJson publicJson, Cursors cursors, Communes communes, Clock clock) {
        this.jdbc = jdbc;
        this.publicJson = publicJson;
        this.cursors = cursors;
        this.communes = communes;
        this.clock = clock;
    }

    private record Page(List<Listing> rows, Position next) {
    }

    /**
     * One connection of the read pool for the whole search, without a transaction: each statement reads its
     * own snapshot, which a search does not need to share (the page, its fallback and the facets are
     * independent reads), and PostgreSQL is spared a BEGIN and a COMMIT per search.
     */
    @Connectable("read")
    SearchResult search(SearchCriteria c) {
        Found found = find(c);
        return new SearchResult(found.rows().stream().map(publicJson::of).toList(), found.nextCursor(), found.facets());
    }

    /** A page of a search as rows, for the pages that render ads themselves ({@link PublicSearch}). */
    record Found(List<Listing> rows, String nextCursor, Facets facets) {
    }

    @Connectable("read")
    Found find(SearchCriteria c) {
        Position after = c.cursor() == null ? null : decode(c);
        Instant asOf = after == null ? clock.instant() : after.asOf();
        Page page;
        if (c.sort() == Sort.RELEVANCE) {
            Map<UUID, Float> ranks = new HashMap<>();
            List<Listing> rows = walkedCandidates(c, asOf, after, ranks);
            if (rows == null) {
                ranks.clear();
                rows = query(SearchStatements.relevance(c, asOf, after), ranks);
            }
            page = page(rows, c.limit(), last -> Float.toString(ranks.get(last.id())));
        } else {
            List<Listing> rows = query(SearchStatements.ordered(c, asOf, after, c.sort()), null);
            page = page(rows, c.limit(), last -> c.sort() == Sort.NEWEST ? last.publishedAt().toString()
                    : Long.toString(last.priceCents()));
        }
        if (page.rows().isEmpty() && c.q() != null && after == null) {
            page = new Page(query(SearchStatements.similar(c, asOf), null), null);
        }
        Facets facets = c.facets() ? facets(c) : null;
        if (LOG.isDebugEnabled()) { // the key is built for the line only
            LOG.debug("Searched PostgreSQL for {}: {} ads", c.answerKey(), page.rows().size());
        }
        return new Found(page.rows(), page.next() == null ? null : encode(c, asOf, page.next()), facets);
    }

    /**
     * Free text counts the fixed sample of V15's table first, and answers with it scaled when the word is
     * common; filters alone ask the planner's estimate (free, and good enough past ten thousand) whether a small
     * sample of the newest matches will do. Otherwise the newest 10,001 matches are counted: every match,
     * exactly, when fewer than that match.
     */
    private Facets facets(SearchCriteria c) {
        long expected;
        if (c.q() != null) {
            Tally sample = tally(SearchStatements.facetTextSample(c));
            expected = sample.total() * Facets.SAMPLE_EVERY;
            if (expected >= Facets.SAMPLED_FROM) {
                return answer(sample, expected, true);
            }
        } else {
            expected = estimate(SearchStatements.matchEstimate(c));
        }
        int size = expected > Facets.SURELY_BEYOND ? Facets.SMALL_SAMPLE : Facets.EXACT_UP_TO + 1;
        Tally newest = tally(SearchStatements.facetSample(c, size));
        return newest.total() < size ? answer(newest, newest.total(), false)
                : answer(newest, Math.max(newest.total(), expected), true);
    }

    /** Counts of a facet statement's grouping sets: per category, subcategory and department. */
    private Tally tally(Statement counting) {
        Tally tally = new Tally(new HashMap<>(), new HashMap<>(), new HashMap<>());
        jdbc.prepareStatement(counting.sql(), statement -> {
            bind(statement, counting.parameters());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong("n");
                    if (rs.getString("category") != null) {
                        tally.categories().put(rs.getString("category"), n);
                    } else if (rs.getString("subcategory") != null) {
                        tally.subcategories().put(rs.getString("subcategory"), n);
                    } else if (rs.getString("department_code") != null) {
                        tally.departments().put(rs.getString("department_code"), n);
                    }
                }
            }
            return null;
        });
        return tally;
    }

    private record Tally(Map<String, Long> categories, Map<String, Long> subcategories, Map<String, Long> departments) {

        long total() {
            return categories.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The tally's counts with their labels, scaled to {@code total} matches. */
    private Facets answer(Tally tally, long total, boolean approximate) {
        double scale = tally.total() == 0 ? 1.0 : (double) total / tally.total();
        return new Facets(total, approximate,
                counts(tally.categories(), scale, v -> Category.valueOf(v).label()),
                counts(tally.subcategories(), scale, v -> Subcategory.valueOf(v).name()),
                counts(tally.departments(), scale, v -> communes.department(v).map(Department::name).orElse(v)));
    }

    private static List<Facets.Count> counts(Map<String, Long> counts, double scale, Function<String, String> label) {
        return counts.entrySet().stream()
                .map(e -> new Facets.Count(e.getKey(), label.apply(e.getKey()), Math.round(e.getValue() * scale)))
                .sorted(Comparator.comparingLong(Facets.Count::count).reversed().thenComparing(Facets.Count::value))
                .toList();
    }

    /** PostgreSQL's own estimate of a query's rows, from its plan: free, and good enough past ten thousand. */
    private long estimate(Statement explain) {
        return jdbc.prepareStatement(explain.sql(), statement -> {
            bind(statement, explain.parameters());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                String plan = rs.getString(1);
                int at = plan.indexOf("\"Plan Rows\":");
                if (at < 0) {
                    return 0L;
                }
                String rest = plan.substring(at + "\"Plan Rows\":".length()).trim();
                int end = 0;
                while (end < rest.length() && (Character.isDigit(rest.charAt(end)) || rest.charAt(end) == '.')) {
                    end++;
                }
                return (long) Double.parseDouble(rest.substring(0, end));
            }
        });
    }

    /**
     * The relevance page from a bounded newest-first walk, when the filters allow one and it finds all the
     * candidates; null when the word is too rare for the walk (or the page is empty), and the text index must
     * answer. Both give the same page: the newest candidates, ranked.
     */
    private List<Listing> walkedCandidates(SearchCriteria c, Instant asOf, Position after, Map<UUID, Float> ranks) {
        if (!c.newestFirstByOneIndex()) {
            return null;
        }
        Statement walk = SearchStatements.relevanceWalk(c, asOf, after, SearchStatements.RELEVANCE_WALK);
        return jdbc.prepareStatement(walk.sql(), statement -> {
            bind(statement, walk.parameters());
            try (ResultSet rs = statement.executeQuery()) {
                List<Listing> rows = new ArrayList<>();
                while (rs.next()) {
                    if (rs.getLong("matched") < SearchStatements.RELEVANCE_CANDIDATES) {
                        return null;
                    }
                    Listing listing = ListingRows.read(rs);
                    ranks.put(listing.id(), rs.getFloat("search_rank"));
                    rows.add(listing);
                }
                return rows.isEmpty() ? null : rows;
            }
        });
    }

    private List<Listing> query(Statement query, Map<UUID, Float> ranks) {
        return jdbc.prepareStatement(query.sql(), statement -> {
            bind(statement, query.parameters());
            try (ResultSet rs = statement.executeQuery()) {
                List<Listing> rows = new ArrayList<>();
                while (rs.next()) {
                    Listing listing = ListingRows.read(rs);
                    if (ranks != null) {
                        ranks.put(listing.id(), rs.getFloat("search_rank"));
                    }
                    rows.add(listing);
                }
                return rows;
            }
        });
    }

    private static Page page(List<Listing> rows, int limit, Function<Listing, String> sortKey) {
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        List<Listing> shown = rows.subList(0, limit);
        Listing last = shown.get(limit - 1);
        return new Page(shown, new Position(null, sortKey.apply(last), last.id()));
    }

    static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private String encode(SearchCriteria c, Instant asOf, Position next) {
        return cursors.encode(CURSOR_KIND, List.of(digest(c), asOf.toString(), next.sortKey(), next.id().toString()));
    }

    private Position decode(SearchCriteria c) {
        List<String> parts = cursors.decode(CURSOR_KIND, c.cursor());
        if (parts.size() != 4 || !parts.get(0).equals(digest(c))) {
            throw new InvalidInputException("cursor", "belongs to another search (other filters or sort); "
                    + "start again without it");
        }
        try {
            return new Position(Instant.parse(parts.get(1)), parts.get(2), UUID.fromString(parts.get(3)));
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "is not a cursor of this search");
        }
    }

    private static String digest(SearchCriteria c) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.of(c.filterKey())).substring(0, 16);
    }
}

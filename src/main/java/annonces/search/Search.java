package annonces.search;

import annonces.geo.Communes;
import annonces.geo.Department;
import annonces.listings.Category;
import annonces.listings.Listing;
import annonces.listings.ListingViews;
import annonces.listings.Subcategory;
import annonces.system.Cursors;
import annonces.system.InvalidInputException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The public search. Each query shape is built around what PostgreSQL answers fast at a million ads
 * (docs/search.md): keyset paging on an index order, never OFFSET; relevance ranked over the newest
 * {@value #RELEVANCE_CANDIDATES} matches only; facets counted on a capped sample. A page sequence reads the
 * ads published up to the first page's instant, so paging neither repeats nor skips while ads are published.
 */
@Singleton
public class Search {

    static final int RELEVANCE_CANDIDATES = 1000;
    private static final String CURSOR_KIND = "search";
    private static final String COLUMNS = "l.*";

    private final JdbcOperations jdbc;
    private final ListingViews views;
    private final Cursors cursors;
    private final Communes communes;
    private final Clock clock;

    Search(JdbcOperations jdbc, ListingViews views, Cursors cursors, Communes communes, Clock clock) {
        this.jdbc = jdbc;
        this.views = views;
        this.cursors = cursors;
        this.communes = communes;
        this.clock = clock;
    }

    /** Where the previous page ended, in the order of its sort. */
    private record Position(Instant asOf, String sortKey, UUID id) {
    }

    @Transactional(readOnly = true)
    SearchResult search(SearchCriteria c) {
        Position after = c.cursor() == null ? null : decode(c);
        Instant asOf = after == null ? clock.instant() : after.asOf();
        Page page = switch (c.sort()) {
            case RELEVANCE -> relevance(c, asOf, after);
            case NEWEST -> ordered(c, asOf, after, "l.published_at", false);
            case PRICE_ASC -> ordered(c, asOf, after, "l.price_cents", true);
            case PRICE_DESC -> ordered(c, asOf, after, "l.price_cents", false);
        };
        if (page.rows().isEmpty() && c.q() != null && after == null) {
            page = similar(c, asOf);
        }
        Facets facets = c.facets() ? facets(c) : null;
        return new SearchResult(page.rows().stream().map(l -> views.of(l, Optional.empty())).toList(),
                page.next() == null ? null : encode(c, asOf, page.next()), facets);
    }

    private record Page(List<Listing> rows, Position next) {
    }

    /** Newest first or by price: the keyset is (sort column, id) in the index's order. */
    private Page ordered(SearchCriteria c, Instant asOf, Position after, String column, boolean ascending) {
        Filters f = Filters.of(c).and("l.published_at <= ?", timestamp(asOf));
        if (c.q() != null) {
            f.and("l.search_document @@ " + Filters.TEXT_QUERY, c.q());
        }
        if (after != null) {
            Object key = column.equals("l.published_at") ? timestamp(Instant.parse(after.sortKey()))
                    : Long.valueOf(after.sortKey());
            f.and("(" + column + ", l.id) " + (ascending ? ">" : "<") + " (?, ?)", key, after.id());
        }
        String direction = ascending ? "ASC" : "DESC";
        String sql = "SELECT " + COLUMNS + " FROM listing l WHERE " + f.sql()
                + " ORDER BY " + column + " " + direction + ", l.id " + direction + " LIMIT ?";
        List<Object> parameters = new ArrayList<>(f.parameters());
        parameters.add(c.limit() + 1);
        List<Listing> rows = query(sql, parameters, null);
        return page(rows, c.limit(), last -> column.equals("l.published_at") ? last.publishedAt().toString()
                : Long.toString(last.priceCents()));
    }

    /**
     * Ranked by ts_rank (title above attributes above description above city) among the newest matches:
     * ranking every match of a common word costs seconds, the newest thousand about ten milliseconds.
     */
    private Page relevance(SearchCriteria c, Instant asOf, Position after) {
        Filters f = Filters.of(c).and("l.published_at <= ?", timestamp(asOf))
                .and("l.search_document @@ " + Filters.TEXT_QUERY, c.q());
        List<Object> parameters = new ArrayList<>();
        parameters.add(c.q());
        parameters.addAll(f.parameters());
        parameters.add(RELEVANCE_CANDIDATES);
        String keyset = "";
        if (after != null) {
            keyset = "WHERE (m.rank, m.id) < (CAST(? AS real), ?)";
            parameters.add(Float.valueOf(after.sortKey()));
            parameters.add(after.id());
        }
        parameters.add(c.limit() + 1);
        String sql = """
                WITH matches AS (
                    SELECT l.id, ts_rank(l.search_document, %s, 1) AS rank
                    FROM listing l WHERE %s
                    ORDER BY l.published_at DESC, l.id DESC LIMIT ?)
                SELECT %s, m.rank AS search_rank FROM matches m JOIN listing l ON l.id = m.id %s
                ORDER BY m.rank DESC, m.id DESC LIMIT ?""".formatted(Filters.TEXT_QUERY, f.sql(), COLUMNS, keyset);
        Map<UUID, Float> ranks = new HashMap<>();
        List<Listing> rows = query(sql, parameters, ranks);
        return page(rows, c.limit(), last -> Float.toString(ranks.get(last.id())));
    }

    /** When the words themselves match nothing: titles that look like the query (trigram word similarity). */
    private Page similar(SearchCriteria c, Instant asOf) {
        // folded by PostgreSQL itself, exactly as the title_folded column is
        String folded = "lower(unaccent(CAST(? AS text)))";
        Filters f = Filters.of(c).and("l.published_at <= ?", timestamp(asOf)).and(folded + " <% l.title_folded", c.q());
        List<Object> parameters = new ArrayList<>(f.parameters());
        parameters.add(c.q());
        parameters.add(c.limit());
        String sql = "SELECT " + COLUMNS + " FROM listing l WHERE " + f.sql() + " ORDER BY word_similarity("
                + folded + ", l.title_folded) DESC, l.published_at DESC, l.id DESC LIMIT ?";
        return new Page(query(sql, parameters, null), null);
    }

    private Facets facets(SearchCriteria c) {
        Filters f = Filters.of(c);
        if (c.q() != null) {
            f.and("l.search_document @@ " + Filters.TEXT_QUERY, c.q());
        }
        String sample = "SELECT l.category, l.subcategory, l.department_code FROM listing l WHERE " + f.sql()
                + " LIMIT " + (Facets.EXACT_UP_TO + 1);
        String sql = """
                SELECT category, subcategory, department_code, count(*) AS n FROM (%s) s
                GROUP BY GROUPING SETS ((category), (subcategory), (department_code))""".formatted(sample);
        Map<String, Long> categories = new HashMap<>();
        Map<String, Long> subcategories = new HashMap<>();
        Map<String, Long> departments = new HashMap<>();
        jdbc.prepareStatement(sql, statement -> {
            bind(statement, f.parameters());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong("n");
                    if (rs.getString("category") != null) {
                        categories.put(rs.getString("category"), n);
                    } else if (rs.getString("subcategory") != null) {
                        subcategories.put(rs.getString("subcategory"), n);
                    } else if (rs.getString("department_code") != null) {
                        departments.put(rs.getString("department_code"), n);
                    }
                }
            }
            return null;
        });
        long sampled = categories.values().stream().mapToLong(Long::longValue).sum();
        boolean approximate = sampled > Facets.EXACT_UP_TO;
        double scale = 1.0;
        long total = sampled;
        if (approximate) {
            total = Math.max(sampled, estimate("SELECT 1 FROM listing l WHERE " + f.sql(), f.parameters()));
            scale = (double) total / sampled;
        }
        double factor = scale;
        return new Facets(total, approximate,
                counts(categories, factor, v -> Category.valueOf(v).label()),
                counts(subcategories, factor, v -> Subcategory.valueOf(v).name()),
                counts(departments, factor, v -> communes.department(v).map(Department::name).orElse(v)));
    }

    private static List<Facets.Count> counts(Map<String, Long> counts, double scale,
                                             java.util.function.Function<String, String> label) {
        return counts.entrySet().stream()
                .map(e -> new Facets.Count(e.getKey(), label.apply(e.getKey()), Math.round(e.getValue() * scale)))
                .sorted(java.util.Comparator.comparingLong(Facets.Count::count).reversed()
                        .thenComparing(Facets.Count::value))
                .toList();
    }

    /** PostgreSQL's own estimate of a query's rows, from its plan: free, and good enough past ten thousand. */
    private long estimate(String sql, List<Object> parameters) {
        return jdbc.prepareStatement("EXPLAIN (FORMAT JSON) " + sql, statement -> {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                String plan = rs.getString(1);
                int at = plan.indexOf("\"Plan Rows\":");
                if (at < 0) {
                    return 0L;
                }
                String rest = plan.substring(at + 12).trim();
                int end = 0;
                while (end < rest.length() && (Character.isDigit(rest.charAt(end)) || rest.charAt(end) == '.')) {
                    end++;
                }
                return (long) Double.parseDouble(rest.substring(0, end));
            }
        });
    }

    private List<Listing> query(String sql, List<Object> parameters, Map<UUID, Float> ranks) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                List<Listing> rows = new ArrayList<>();
                while (rs.next()) {
                    Listing listing = jdbc.readEntity(rs, Listing.class);
                    if (ranks != null) {
                        ranks.put(listing.id(), rs.getFloat("search_rank"));
                    }
                    rows.add(listing);
                }
                return rows;
            }
        });
    }

    private static Page page(List<Listing> rows, int limit, java.util.function.Function<Listing, String> sortKey) {
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        List<Listing> shown = rows.subList(0, limit);
        Listing last = shown.get(limit - 1);
        return new Page(shown, new Position(null, sortKey.apply(last), last.id()));
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
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
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(c.filterKey().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

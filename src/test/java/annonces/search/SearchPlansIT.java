package annonces.search;

import annonces.Api;
import annonces.listings.generator.AdGenerator;
import annonces.search.SearchStatements.Position;
import annonces.search.SearchStatements.Statement;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every query shape of the benchmark's mix, planned by PostgreSQL over a generated data set in a database of
 * its own: none may read the whole ads table. The statements are the service's own (SearchStatements).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPlansIT {

    private static final int ADS = 100_000;
    private static final String DATABASE = "annonces_plans";
    /** A sequential scan of the ads' table, aliased or not; not of the sample's small table (listing_text_sample). */
    private static final Pattern WHOLE_ADS_TABLE = Pattern.compile("Seq Scan on listing(?!_)");

    @Inject
    ApplicationContext context;
    private Connection plans;
    private String plansUrl;
    private Position deepPage;

    @BeforeAll
    void generateAds() throws SQLException {
        String url = context.getRequiredProperty("datasources.default.url", String.class);
        String user = context.getProperty("datasources.default.username", String.class).orElse("postgres");
        String password = context.getProperty("datasources.default.password", String.class).orElse("");
        try (Connection admin = DriverManager.getConnection(url, user, password); java.sql.Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        }
        plansUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
        Flyway.configure().dataSource(plansUrl, user, password).locations("classpath:db/migration").load().migrate();
        plans = DriverManager.getConnection(plansUrl, user, password);
        new AdGenerator().generate(plans, ADS, 42);
        try (java.sql.Statement s = plans.createStatement()) {
            s.execute("VACUUM ANALYZE listing");
            ResultSet rs = s.executeQuery("""
                    SELECT published_at, id FROM listing WHERE status = 'PUBLISHED' AND category = 'GOODS'
                    ORDER BY published_at DESC, id DESC OFFSET 979 LIMIT 1""");
            rs.next();
            deepPage = new Position(Instant.now(), rs.getTimestamp(1).toInstant().toString(), (UUID) rs.getObject(2));
        }
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        plans.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "q=maison",
            "q=peugeot&category=VEHICLES&department=76",
            "category=REAL_ESTATE&subcategory=RENT&furnished=true&maxPriceCents=80000",
            "sort=newest",
            "region=28&sort=price_asc",
            "category=VEHICLES&sort=price_desc",
            "q=appartement meublé&subcategory=RENT&sort=relevance",
            "category=GOODS&limit=20",
            "category=VEHICLES&facets=true",
            "q=voiture&facets=true",
            "q=tronçoneuse",
            "department=14&propertyType=HOUSE&minSurfaceM2=80&minRooms=4",
            "brand=peugeot&fuel=DIESEL&minYear=2015&maxMileageKm=100000",
            "sellerType=PRO&category=VEHICLES",
            "postcode=76000&condition=GOOD",
            "maxEnergyClass=C&subcategory=SALE&minPriceCents=10000000"})
    void noQueryOfTheMixReadsTheWholeAdsTable(String query) throws SQLException {
        SearchCriteria c = SearchCriteria.parse(parameters(query));
        List<Statement> shapes = new ArrayList<>();
        Instant now = Instant.now();
        if (c.sort() == Sort.RELEVANCE) {
            shapes.add(SearchStatements.relevance(c, now, null));
            if (c.newestFirstByOneIndex()) {
                shapes.add(SearchStatements.relevanceWalk(c, now, null, SearchStatements.RELEVANCE_WALK));
            }
            shapes.add(SearchStatements.similar(c, now));
        } else {
            shapes.add(SearchStatements.ordered(c, now, null, c.sort()));
        }
        if (query.equals("category=GOODS&limit=20")) {
            shapes.add(SearchStatements.ordered(c, now, deepPage, c.sort()));
        }
        if (c.facets()) {
            shapes.add(SearchStatements.facetSample(c, Facets.EXACT_UP_TO + 1));
            if (c.q() != null) {
                shapes.add(SearchStatements.facetTextSample(c));
            }
        }
        for (Statement shape : shapes) {
            String plan = explain(shape);
            assertFalse(WHOLE_ADS_TABLE.matcher(plan).find(), () -> query + "\n" + shape.sql() + "\n" + plan);
        }
    }

    /**
     * Facets past the exact range are a sample scaled to an estimate of the total: within 15 % of the true
     * counts here, for the newest ads without text (every ad, one category) and for V15's fixed sample with a
     * common word; exact for a small result.
     */
    @Test
    void approximateFacetsStayCloseToTheTrueCountsAndSmallOnesAreExact() throws SQLException {
        // a third of the ads at 100,000: "voiture" alone has 151 in the sample, too few to be the answer
        String common = "search_document @@ websearch_to_tsquery('french_unaccent', 'voiture or maison')";
        long sampled = counts("SELECT 'sampled', count(*) FROM listing WHERE status = 'PUBLISHED' AND " + common
                + " AND (uuid_hash(id) & 127) = 0").get("sampled");
        assertTrue(sampled * Facets.SAMPLE_EVERY >= Facets.SAMPLED_FROM, () -> "the sample has " + sampled
                + " matches: too few to be the answer, this test would not read it");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", plansUrl, "flyway.datasources.default.enabled", "false"), "test")) {
            Api api = new Api(server);
            Map<String, String> filters = Map.of("", "TRUE", "&category=GOODS", "category = 'GOODS'", "&q=voiture%20or%20maison", common);
            for (Map.Entry<String, String> filter : filters.entrySet()) {
                JsonNode facets = api.get("/api/v1/listings?limit=1&facets=true" + filter.getKey())
                        .send().json().path("facets");
                assertTrue(facets.path("approximate").asBoolean(), facets::toString);
                Map<String, Long> truth = counts("SELECT category, count(*) FROM listing WHERE status = 'PUBLISHED' AND "
                        + filter.getValue() + " GROUP BY category");
                long total = truth.values().stream().mapToLong(Long::longValue).sum();
                assertClose(total, facets.path("total").asLong(), filter.getKey() + " total");
                facets.path("category").forEach(c -> {
                    if (truth.get(c.path("value").asText()) > Facets.EXACT_UP_TO) { // a small one varies more
                        assertClose(truth.get(c.path("value").asText()), c.path("count").asLong(),
                                filter.getKey() + " " + c.path("value").asText());
                    }
                });
            }
            // and the common word was answered from the sample, not from the newest matches scaled to it
            JsonNode sample = api.get("/api/v1/listings?limit=1&facets=true&q=voiture%20or%20maison").send().json()
                    .path("facets");
            assertEquals(sampled * Facets.SAMPLE_EVERY, sample.path("total").asLong(), sample::toString);
            sample.path("category").forEach(c -> assertEquals(0, c.path("count").asLong() % Facets.SAMPLE_EVERY,
                    () -> "not a count of the sample times " + Facets.SAMPLE_EVERY + ": " + c));
            String postcode = counts("SELECT postcode, count(*) FROM listing WHERE status = 'PUBLISHED' "
                    + "GROUP BY postcode HAVING count(*) BETWEEN 5 AND 50 ORDER BY postcode LIMIT 1").keySet().iterator().next();
            JsonNode small = api.get("/api/v1/listings?limit=1&facets=true&postcode=" + postcode)
                    .send().json().path("facets");
            assertFalse(small.path("approximate").asBoolean(), small::toString);
            assertEquals(counts("SELECT '" + postcode + "', count(*) FROM listing WHERE status = 'PUBLISHED' AND postcode = '"
                    + postcode + "'").get(postcode), small.path("total").asLong());
            JsonNode rare = api.get("/api/v1/listings?limit=1&facets=true&q=tondeuse").send().json().path("facets");
            assertFalse(rare.path("approximate").asBoolean(), rare::toString);
            assertEquals(counts("SELECT 'tondeuse', count(*) FROM listing WHERE status = 'PUBLISHED' AND "
                    + "search_document @@ websearch_to_tsquery('french_unaccent', 'tondeuse')").get("tondeuse"),
                    rare.path("total").asLong());
        }
    }

    /**
     * A common word's facets count V15's small table of one ad in 128, not the ads' table, and that table holds
     * exactly the sampled public ads of the generated set, column for column. (At 100,000 ads its few hundred rows are
     * read whole; at a million, through its text index: docs/search.md.)
     */
    @Test
    void facetsOverTextCountTheFixedSampleInItsOwnTable() throws SQLException {
        for (String query : List.of("q=voiture&facets=true", "q=maison&category=REAL_ESTATE&facets=true")) {
            String plan = explain(SearchStatements.facetTextSample(SearchCriteria.parse(parameters(query))));
            assertTrue(plan.contains(" on listing_text_sample l"), () -> query + "\n" + plan);
            assertFalse(plan.contains(" on listing l"), () -> query + "\n" + plan);
        }
        String sampled = "SELECT " + TextSampleIT.COLUMNS + " FROM %s WHERE status = 'PUBLISHED' AND (uuid_hash(id) & 127) = 0";
        Map<String, Long> differences = counts("SELECT 'differences', count(*) FROM ((" + sampled.formatted("listing")
                + " EXCEPT " + sampled.formatted("listing_text_sample") + ") UNION ALL (" + sampled.formatted("listing_text_sample")
                + " EXCEPT " + sampled.formatted("listing") + ")) d");
        assertEquals(0L, differences.get("differences"));
        assertTrue(counts("SELECT 'kept', count(*) FROM listing_text_sample").get("kept") > ADS / 200,
                "the sample of a generated set should hold about one public ad in 128");
    }

    /**
     * The bounded newest-first walk (common words) and the text index (rare words, several filters) must give
     * the same relevance page: the newest candidates, ranked.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"q=maison", "q=appartement meublé&subcategory=RENT", "q=voiture&category=VEHICLES",
            "q=tondeuse", "q=jardin&region=28", "q=diesel&department=76", "q=voiture&category=VEHICLES&department=76",
            "q=peugeot&category=VEHICLES&department=76"})
    void relevancePagesAreTheSameWhicheverWayTheCandidatesAreFound(String query) throws SQLException {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", plansUrl, "flyway.datasources.default.enabled", "false"), "test")) {
            JsonNode page = new Api(server)
                    .get("/api/v1/listings?limit=30&" + query.replace(" ", "%20")).send().json();
            List<String> served = new ArrayList<>();
            page.path("items").forEach(i -> served.add(i.path("id").asText()));

            SearchCriteria c = SearchCriteria.parse(parameters(query + "&limit=30"));
            Statement byIndex = SearchStatements.relevance(c, Instant.now(), null);
            List<String> expected = new ArrayList<>();
            try (PreparedStatement s = plans.prepareStatement(byIndex.sql())) {
                Search.bind(s, byIndex.parameters());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next() && expected.size() < 30) {
                        expected.add(rs.getString("id"));
                    }
                }
            }
            assertFalse(expected.isEmpty(), query);
            assertEquals(expected, served, query);
        }
    }

    /**
     * A category in a department is walked newest first on its own index (V13), not sorted: a common word
     * there fills the candidates from the walk, which then answers the page.
     */
    @Test
    void aCategoryInADepartmentIsWalkedOnItsOwnIndex() throws SQLException {
        SearchCriteria c = SearchCriteria.parse(parameters("q=voiture&category=VEHICLES&department=76"));
        assertTrue(c.newestFirstByOneIndex());
        Statement walk = SearchStatements.relevanceWalk(c, Instant.now(), null, SearchStatements.RELEVANCE_WALK);
        String plan = explain(walk);
        assertTrue(plan.contains("listing_published_category_department_newest"), plan);
        try (PreparedStatement s = plans.prepareStatement(walk.sql())) {
            Search.bind(s, walk.parameters());
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no candidates");
                assertEquals(SearchStatements.RELEVANCE_CANDIDATES, rs.getLong("matched"));
            }
        }
        SearchCriteria twoPlaces = SearchCriteria.parse(parameters("q=voiture&category=VEHICLES&department=76&region=28"));
        assertFalse(twoPlaces.newestFirstByOneIndex());
        assertFalse(SearchCriteria.parse(parameters("q=voiture&subcategory=CAR&department=76")).newestFirstByOneIndex());
    }

    private static void assertClose(long expected, long actual, String what) {
        assertTrue(Math.abs(actual - expected) <= 0.15 * expected,
                () -> what + ": " + actual + " for " + expected);
    }

    private Map<String, Long> counts(String sql) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (java.sql.Statement s = plans.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private String explain(Statement shape) throws SQLException {
        try (PreparedStatement explain = plans.prepareStatement("EXPLAIN " + shape.sql())) {
            Search.bind(explain, shape.parameters());
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private static Map<String, List<String>> parameters(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        Arrays.stream(query.split("&")).map(p -> p.split("=", 2))
                .forEach(p -> parameters.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]));
        return parameters;
    }
}

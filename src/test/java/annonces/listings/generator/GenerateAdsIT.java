package annonces.listings.generator;

import annonces.accounts.Passwords;
import annonces.geo.Commune;
import annonces.geo.Communes;
import annonces.geo.Location;
import annonces.listings.Category;
import annonces.listings.ListingDraft;
import annonces.listings.ListingStatus;
import annonces.listings.PlaceInput;
import annonces.listings.Subcategory;
import annonces.system.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generator against a real PostgreSQL migrated by the service's own Flyway scripts: what it loads is
 * what the service itself would have stored, and a seed always loads the same ads. Plain JUnit, no
 * application context: the generator needs none.
 */
class GenerateAdsIT {

    private static final long SEED = 42;
    private static final int ADS = 2_000;
    private static final int SELLERS = 100;
    /** A fixed present, so that every run of this test loads the very same rows. */
    private static final Instant NOW = Instant.parse("2026-06-15T09:30:00.123456Z");
    private static final Plan PLAN = new Plan(ADS, SELLERS, SEED, NOW);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedPostgres postgres;
    private static Communes communes;
    private static AdGenerator generator;
    private static Generated generated;
    private static List<StoredAd> ads;

    /** A {@code listing} row as loaded, the columns the generator writes. */
    private record StoredAd(String id, String sellerId, Category category, Subcategory subcategory, String title,
                            String description, long priceCents, String postcode, String city, String inseeCode,
                            String departmentCode, String regionCode, String attributes, ListingStatus status,
                            String moderationFlags, String moderationReason, Instant createdAt, Instant updatedAt,
                            Instant publishedAt, Instant expiresAt, int version) {
    }

    @BeforeAll
    static void loadTheAdsOfOnePlan() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(Path.of("target", "embedded-binaries").toAbsolutePath().toFile())
                .setDataDirectory(Path.of("target", "generator-it-postgres").toAbsolutePath())
                .setCleanDataDirectory(true)
                .setLocaleConfig("encoding", "UTF8")
                .start();
        communes = new Communes();
        generator = new AdGenerator(communes);
        try (Connection connection = freshDatabase("ads")) {
            generated = generator.generate(connection, PLAN, Progress.NONE);
        }
        ads = read("ads");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everySellerAndAdOfThePlanIsStored() throws SQLException {
        assertEquals(SELLERS, generated.sellers());
        assertEquals(ADS, generated.ads());
        assertEquals(ADS, ads.size());
        try (Connection connection = connect("ads")) {
            assertEquals(SELLERS, count(connection, "SELECT count(*) FROM account"));
            assertTrue(count(connection, "SELECT count(DISTINCT seller_id) FROM listing") > SELLERS * 0.9,
                    "ads are spread over the sellers");
            // given by the generator (V12), as the trigger would have looked it up
            assertEquals(0, count(connection, "SELECT count(*) FROM listing l JOIN account a ON a.id = l.seller_id "
                    + "WHERE l.seller_type IS DISTINCT FROM a.seller_type"));
            assertTrue(count(connection, "SELECT count(*) FROM listing WHERE seller_type = 'PRO'") > ADS / 10,
                    "professionals post a share of the ads");
        }
    }

    @Test
    void everyAdPassesTheServicesOwnRulesAndIsStoredAsTheServiceWouldStoreIt() throws Exception {
        ServiceRules rules = new ServiceRules(communes);
        List<String> problems = new ArrayList<>();
        for (StoredAd ad : ads) {
            ListingDraft draft = new ListingDraft(ad.category(), ad.subcategory(), ad.title(), ad.description(),
                    ad.priceCents(), new PlaceInput(ad.postcode(), ad.city()), (ObjectNode) JSON.readTree(ad.attributes()));
            try {
                ServiceRules.Accepted accepted = rules.accept(draft);
                Location place = accepted.location();
                Map<String, Object> differences = new LinkedHashMap<>();
                differ(differences, "title", accepted.title(), ad.title());
                differ(differences, "description", accepted.description(), ad.description());
                differ(differences, "priceCents", accepted.priceCents(), ad.priceCents());
                differ(differences, "postcode", place.postcode(), ad.postcode());
                differ(differences, "city", place.city(), ad.city());
                differ(differences, "inseeCode", place.inseeCode(), ad.inseeCode());
                differ(differences, "department", place.department().code(), ad.departmentCode());
                differ(differences, "region", place.region().code(), ad.regionCode());
                // Both sides parsed from text: a tree built from the record holds longs where parsing holds ints.
                differ(differences, "attributes", JSON.readTree(JSON.writeValueAsString(accepted.attributes())),
                        JSON.readTree(ad.attributes()));
                if (!differences.isEmpty()) {
                    problems.add(ad.id() + " is stored otherwise than the service would store it: " + differences);
                }
            } catch (InvalidInputException e) {
                problems.add(ad.id() + " " + ad.subcategory() + " \"" + ad.title() + "\": " + e.errors());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void onlyGoodsAreGivenAwayAndThereAreSomeGifts() {
        List<StoredAd> gifts = ads.stream().filter(ad -> ad.priceCents() == 0).toList();
        assertFalse(gifts.isEmpty(), "about 3 % of goods are gifts");
        gifts.forEach(gift -> assertEquals(Category.GOODS, gift.category(), gift.toString()));
    }

    @Test
    void everyPlaceIsARealCommuneWithItsOwnPostcodeDepartmentAndRegion() {
        for (StoredAd ad : ads) {
            Commune commune = communes.commune(ad.inseeCode()).orElseThrow(() -> new AssertionError(ad.inseeCode()));
            assertEquals(commune.name(), ad.city(), ad.id());
            assertTrue(commune.postcodes().contains(ad.postcode()), ad.postcode() + " serves " + ad.city());
            assertEquals(commune.departmentCode(), ad.departmentCode(), ad.id());
            assertEquals(commune.regionCode(), ad.regionCode(), ad.id());
            assertEquals(ad.inseeCode(), communes.resolve(ad.postcode(), ad.city()).inseeCode(),
                    "a seller typing " + ad.postcode() + " " + ad.city() + " gets this commune");
        }
    }

    @Test
    void theSameSeedLoadsTheSameRowsWhetherOverOneStreamOrSeveral() throws SQLException {
        freshDatabase("again").close();
        Generated again = generator.generate(() -> connect("again"), PLAN, 3, Progress.NONE);
        assertEquals(ADS, again.ads());
        assertEquals(ads, read("again"));
    }

    @Test
    void anotherSeedLoadsOtherAds() throws SQLException {
        try (Connection connection = freshDatabase("other")) {
            generator.generate(connection, new Plan(ADS, SELLERS, SEED + 1, NOW), Progress.NONE);
        }
        List<StoredAd> others = read("other");
        Set<String> ids = new HashSet<>(ads.stream().map(StoredAd::id).toList());
        assertTrue(others.stream().noneMatch(ad -> ids.contains(ad.id())));
        assertNotEquals(ads.stream().map(StoredAd::title).toList(), others.stream().map(StoredAd::title).toList());
    }

    @Test
    void theMixIsThatOfARegionalSite() {
        Map<Category, Integer> categories = new EnumMap<>(Category.class);
        Map<ListingStatus, Integer> statuses = new EnumMap<>(ListingStatus.class);
        for (StoredAd ad : ads) {
            categories.merge(ad.category(), 1, Integer::sum);
            statuses.merge(ad.status(), 1, Integer::sum);
        }
        assertShare(categories.get(Category.REAL_ESTATE), 0.35, 0.04, "real estate");
        assertShare(categories.get(Category.VEHICLES), 0.30, 0.04, "vehicles");
        assertShare(categories.get(Category.GOODS), 0.35, 0.04, "goods");
        assertShare(statuses.get(ListingStatus.PUBLISHED), 0.92, 0.025, "published");
        Set<ListingStatus> reached = EnumSet.complementOf(EnumSet.of(ListingStatus.DRAFT));
        assertEquals(reached, statuses.keySet(), "every status of a verified seller's ad appears (generated sellers "
                + "have confirmed their address, so none is a DRAFT): " + statuses);
        long subcategories = ads.stream().map(StoredAd::subcategory).distinct().count();
        assertEquals(Subcategory.values().length, subcategories);
    }

    @Test
    void datesFollowEachAdsLifecycle() {
        Instant earliest = NOW.minus(Timelines.WINDOW);
        for (StoredAd ad : ads) {
            String what = ad.status() + " " + ad.id();
            assertFalse(ad.createdAt().isBefore(earliest) || ad.createdAt().isAfter(NOW), what);
            assertFalse(ad.updatedAt().isBefore(ad.createdAt()) || ad.updatedAt().isAfter(NOW), what);
            assertEquals(0, ad.version(), what);
            assertEquals("[]", ad.moderationFlags(), what);
            switch (ad.status()) {
                case PENDING, REJECTED -> {
                    assertNull(ad.publishedAt(), what);
                    assertNull(ad.expiresAt(), what);
                }
                default -> {
                    assertFalse(ad.publishedAt().isBefore(ad.createdAt()) || ad.publishedAt().isAfter(NOW), what);
                    assertEquals(ad.publishedAt().plus(Duration.ofDays(60)), ad.expiresAt(), what);
                }
            }
            switch (ad.status()) {
                case PUBLISHED -> assertTrue(ad.expiresAt().isAfter(NOW), "a live ad has not expired: " + what);
                case EXPIRED -> assertFalse(ad.expiresAt().isAfter(NOW), what);
                default -> {
                }
            }
            boolean explained = ad.status() == ListingStatus.REJECTED || ad.status() == ListingStatus.SUSPENDED;
            assertEquals(explained, ad.moderationReason() != null, "a statement of reasons: " + what);
        }
        List<Instant> created = ads.stream().map(StoredAd::createdAt).toList();
        assertTrue(created.stream().anyMatch(at -> at.isBefore(NOW.minus(Duration.ofDays(80)))), "some ads are old");
        assertTrue(created.stream().anyMatch(at -> at.isAfter(NOW.minus(Duration.ofDays(1)))), "some are new");
    }

    @Test
    void sellersArePrivatePeopleOrTradersWithAValidSirenAndNobodyCanLogIn() throws SQLException {
        Passwords passwords = new Passwords();
        try (Connection connection = connect("ads"); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT email, password_hash, display_name, seller_type, pro_legal_name, pro_siren, role, status
                     FROM account""")) {
            int pros = 0;
            while (row.next()) {
                assertEquals("SELLER", row.getString("role"));
                assertEquals("ACTIVE", row.getString("status"));
                assertTrue(row.getString("email").matches("[a-z0-9.-]+@s42\\.bench\\.example"), row.getString("email"));
                assertFalse(passwords.matches("motdepasse123", row.getString("password_hash")));
                if (row.getString("seller_type").equals("PRO")) {
                    pros++;
                    assertNotNull(row.getString("pro_legal_name"));
                    assertTrue(luhn(row.getString("pro_siren")), row.getString("pro_siren"));
                } else {
                    assertNull(row.getString("pro_siren"));
                }
            }
            assertEquals(SELLERS / 10, pros, "one seller in ten is a professional");
        }
    }

    @Test
    void aLoadThatFailsKeepsNothing() throws SQLException {
        try (Connection connection = connect("ads")) {
            // The same seed again: its first seller's id is taken.
            assertThrows(SQLException.class, () -> generator.generate(connection, PLAN, Progress.NONE));
            assertEquals(SELLERS, count(connection, "SELECT count(*) FROM account"));
            assertEquals(ADS, count(connection, "SELECT count(*) FROM listing"));
        }
    }

    @Test
    void aParallelLoadThatFailsMidwayRemovesItsSellersAgain() throws SQLException {
        try (Connection connection = freshDatabase("failing"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SEQUENCE inserted");
            statement.execute("""
                    CREATE FUNCTION fail_late() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF nextval('inserted') > 1500 THEN RAISE EXCEPTION 'disk full, say'; END IF;
                        RETURN NEW;
                    END $$""");
            statement.execute("CREATE TRIGGER fail_late BEFORE INSERT ON listing FOR EACH ROW EXECUTE FUNCTION fail_late()");
            SQLException failure = assertThrows(SQLException.class,
                    () -> generator.generate(() -> connect("failing"), PLAN, 2, Progress.NONE));
            assertTrue(failure.getMessage().contains("disk full"), failure.getMessage());
            assertEquals(0, count(connection, "SELECT count(*) FROM listing"));
            assertEquals(0, count(connection, "SELECT count(*) FROM account"));
        }
    }

    @Test
    void copyStreamsEveryCharacterThatTheTextFormatWouldOtherwiseMisread() throws SQLException {
        String tricky = "tab\there, new\nline, back\\slash, carriage\rreturn, \\N, \\., accents éçà, 🚗 and €";
        String longer = "x".repeat(CopyStream.BUFFER_BYTES + 10) + "é\t" + "y".repeat(CopyStream.BUFFER_BYTES);
        try (Connection connection = connect("ads"); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("CREATE TEMPORARY TABLE copied (n bigint, a text, b text)");
            try (CopyStream copy = CopyStream.open(connection, "copied", List.of("n", "a", "b"))) {
                copy.number(1).text(tricky).text(null).endRow();
                copy.number(2).text("").text(longer).endRow();
                assertEquals(2, copy.finish());
            }
            try (ResultSet row = statement.executeQuery("SELECT n, a, b FROM copied ORDER BY n")) {
                assertTrue(row.next());
                assertEquals(tricky, row.getString("a"));
                assertNull(row.getString("b"));
                assertTrue(row.next());
                assertEquals("", row.getString("a"));
                assertEquals(longer, row.getString("b"));
            }
            connection.rollback();
        }
    }

    private static void differ(Map<String, Object> differences, String field, Object service, Object stored) {
        if (!service.equals(stored)) {
            differences.put(field, "service " + service + " / stored " + stored);
        }
    }

    private static void assertShare(Integer count, double expected, double tolerance, String what) {
        double share = count == null ? 0 : count / (double) ADS;
        assertTrue(Math.abs(share - expected) <= tolerance,
                what + ": " + Math.round(share * 1000) / 10.0 + " % where about " + expected * 100 + " % is expected");
    }

    /** INSEE's rule for a SIREN, written out again here so that the test does not trust the code it checks. */
    private static boolean luhn(String siren) {
        if (siren == null || !siren.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = siren.charAt(8 - i) - '0';
            int value = i % 2 == 1 ? digit * 2 : digit;
            sum += value > 9 ? value - 9 : value;
        }
        return sum % 10 == 0;
    }

    private static Connection freshDatabase(String name) throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        Flyway.configure().dataSource(postgres.getDatabase("postgres", name)).locations("classpath:db/migration")
                .load().migrate();
        return connect(name);
    }

    private static Connection connect(String database) throws SQLException {
        return postgres.getDatabase("postgres", database).getConnection();
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<StoredAd> read(String database) throws SQLException {
        List<StoredAd> rows = new ArrayList<>(ADS);
        String columns = String.join(", ", Arrays.asList("id::text", "seller_id::text", "category", "subcategory",
                "title", "description", "price_cents", "postcode", "city", "insee_code", "department_code",
                "region_code", "attributes::text", "status", "moderation_flags::text", "moderation_reason",
                "created_at", "updated_at", "published_at", "expires_at", "version"));
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT " + columns + " FROM listing ORDER BY id")) {
            while (row.next()) {
                rows.add(new StoredAd(row.getString(1), row.getString(2), Category.valueOf(row.getString(3)),
                        Subcategory.valueOf(row.getString(4)), row.getString(5), row.getString(6), row.getLong(7),
                        row.getString(8), row.getString(9), row.getString(10), row.getString(11), row.getString(12),
                        row.getString(13), ListingStatus.valueOf(row.getString(14)), row.getString(15),
                        row.getString(16), instant(row, 17), instant(row, 18), instant(row, 19), instant(row, 20),
                        row.getInt(21)));
            }
        }
        return rows;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        java.time.OffsetDateTime at = row.getObject(column, java.time.OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}

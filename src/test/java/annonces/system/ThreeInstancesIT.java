package annonces.system;

import annonces.Api;
import annonces.Eventually;
import annonces.accounts.Sellers;
import annonces.embed.Renders;
import annonces.listings.Ads;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static annonces.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three instances of the service on one PostgreSQL, as three replicas of the Deployment behind one Service:
 * whatever one of them writes the others serve, a moderation decision taken on one refreshes the others'
 * cached widget (LISTEN/NOTIFY), the expiry job that runs on all of them expires each ad once, the report
 * limit counts a client's reports whichever instance received them, and an instance that is stopped (as on
 * SIGTERM in a rolling deploy) finishes the request it is serving before it goes.
 *
 * <p>Each instance runs the expiry job every second. Clients are told apart by {@code X-Forwarded-For}, as
 * behind the news site's proxy, so that each run reports as a client of its own even on a kept database. A
 * request in flight is an ad creation that {@link HeldRequests} holds until the test lets it go.
 */
class ThreeInstancesIT {

    private static final Logger LOG = LoggerFactory.getLogger(ThreeInstancesIT.class);
    private static final Duration PATIENCE = Eventually.PATIENCE;
    private static final Map<String, Object> SETTINGS = Map.of(
            "annonces.moderation.pre-publication", "true",
            "annonces.listings.expiry.enabled", "true",
            "annonces.listings.expiry.interval", "1s",
            "annonces.listings.expiry.initial-delay", "1s",
            "micronaut.server.client-address-header", "X-Forwarded-For",
            "annonces.test.held-requests", "true",
            "annonces.test.expiries-seen", "true");
    private static final Map<String, Object> SCAM = Map.of("reason", "SCAM",
            "explanation", "Le vendeur demande un virement avant toute visite.", "goodFaith", true);

    private static final EmbeddedServer[] instances = new EmbeddedServer[3];
    private static String databaseUrl;
    private static String databaseUser;
    private static String databasePassword;

    @BeforeAll
    static void startThreeInstances() {
        for (int i = 0; i < instances.length; i++) {
            instances[i] = ApplicationContext.run(EmbeddedServer.class, SETTINGS, "test");
        }
        ApplicationContext first = instances[0].getApplicationContext();
        databaseUrl = first.getRequiredProperty("datasources.default.url", String.class);
        databaseUser = first.getProperty("datasources.default.username", String.class).orElse(null);
        databasePassword = first.getProperty("datasources.default.password", String.class).orElse("");
    }

    /** A test that stopped an instance leaves it stopped; the next test gets a fresh one in its place. */
    @BeforeEach
    void threeInstancesRunning() {
        for (int i = 0; i < instances.length; i++) {
            if (!instances[i].isRunning()) {
                instances[i] = ApplicationContext.run(EmbeddedServer.class, SETTINGS, "test");
            }
        }
        Set<Integer> ports = new HashSet<>();
        for (EmbeddedServer instance : instances) {
            ports.add(instance.getPort());
            String url = instance.getApplicationContext().getRequiredProperty("datasources.default.url", String.class);
            assertEquals(databaseUrl, url, "every instance uses the one database");
        }
        assertEquals(3, ports.size(), "three instances on three ports: " + ports);
    }

    @AfterAll
    static void stopThem() {
        for (EmbeddedServer instance : instances) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void anAdCreatedAndApprovedThroughOneInstanceIsServedByTheOthers() {
        Api one = api(1);
        Sellers.Seller seller = Sellers.registered(one);
        Sellers.Seller admin = Sellers.admin(one);
        String title = "Buffet bas en noyer " + reference();
        String id = create(one, seller, ad(title, "46000", "Cahors"));

        for (int n : new int[]{2, 3}) {
            assertProblem(api(n).get("/api/v1/listings/" + id).send(), 404);
            Api.Reply own = api(n).get("/api/v1/listings/" + id).token(seller.token()).send();
            assertEquals(200, own.status(), "instance " + n + " shows the seller the ad written through instance 1");
            assertEquals("PENDING", own.json().path("status").asText());
        }

        approve(one, admin, id);

        for (int n : new int[]{2, 3}) {
            Api other = api(n);
            Api.Reply read = other.get("/api/v1/listings/" + id).send();
            assertEquals(200, read.status(), "instance " + n + ": " + read);
            assertEquals(title, read.json().path("title").asText());
            assertEquals("PUBLISHED", read.json().path("status").asText());
            assertTrue(ids(other.get("/api/v1/listings?postcode=46000&category=GOODS").send()).contains(id),
                    "instance " + n + " finds it by place");
            assertTrue(ids(other.get("/api/v1/listings?q=buffet%20noyer&postcode=46000").send()).contains(id),
                    "instance " + n + " finds it by its words");
            Api.Reply page = other.get("/annonces/" + id).send();
            assertEquals(200, page.status(), "instance " + n + " renders its public page");
            assertTrue(page.text().contains(title), "instance " + n + ": the page shows it");
        }
    }

    @Test
    void aModerationDecisionOnOneInstanceRefreshesTheCachedWidgetOfTheOthers() {
        Api two = api(2);
        Sellers.Seller seller = Sellers.registered(two);
        Sellers.Seller admin = Sellers.admin(two);
        String title = "Commode en merisier " + reference();
        String id = create(two, seller, ad(title, "32000", "Auch"));
        String block = "/widget?postcode=32000&categories=GOODS";

        for (int n : new int[]{1, 3}) {
            assertFalse(api(n).get(block).send().text().contains(title), "pending: not in instance " + n + "'s block");
            assertServedFromMemory(n, block);
        }

        long decided = System.nanoTime();
        approve(two, admin, id);
        for (int n : new int[]{1, 3}) {
            Api other = api(n);
            Eventually.until(() -> other.get(block).send().text().contains(title),
                    "the approval on instance 2 reaches instance " + n + "'s cached block");
            LOG.info("Approval on instance 2 seen in instance {}'s block after {} ms", n, millisSince(decided));
            assertEquals(200, other.get("/annonces/" + id).send().status());
            assertServedFromMemory(n, block);
            assertServedFromMemory(n, "/annonces/" + id);
        }

        decided = System.nanoTime();
        assertEquals(200, two.post("/api/v1/admin/listings/" + id + "/suspend",
                Map.of("reason", "Meuble signalé comme volé.")).token(admin.token()).send().status());
        for (int n : new int[]{1, 3}) {
            Api other = api(n);
            Eventually.until(() -> !other.get(block).send().text().contains(title),
                    "the suspension on instance 2 reaches instance " + n + "'s cached block");
            LOG.info("Suspension on instance 2 seen in instance {}'s block after {} ms", n, millisSince(decided));
            Eventually.until(() -> other.get("/annonces/" + id).send().status() == 404,
                    "and instance " + n + "'s cached page of the ad");
        }
    }

    @Test
    void theExpiryJobRunningOnEveryInstanceExpiresEachDueAdExactlyOnce() throws Exception {
        Sellers.Seller seller = Sellers.registered(api(1));
        Sellers.Seller admin = Sellers.admin(api(2));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = create(api(1 + i % 3), seller, ad("Chaise paillée n° " + (i + 1) + " " + reference(),
                    "24000", "Périgueux"));
            approve(api(1 + (i + 1) % 3), admin, id);
            ids.add(id);
        }
        assertEquals(Map.of("PUBLISHED", 30), statuses(ids));
        for (EmbeddedServer instance : instances) {
            assertTrue(instance.getApplicationContext().getAllBeanDefinitions().stream()
                    .anyMatch(d -> d.getBeanType().getName().equals("annonces.listings.Expiry")), "every instance runs the job");
        }

        long due = System.nanoTime();
        assertEquals(30, update("UPDATE listing SET expires_at = now() - interval '1 second' WHERE id = ANY(?)", ids),
                "the ads' lifetime is over");
        Eventually.until(() -> Map.of("EXPIRED", 30).equals(statuses(ids)), "the job expires every due ad");
        LOG.info("30 due ads expired by the job within {} ms", millisSince(due));

        Map<String, Integer> events = new HashMap<>();
        try (Connection c = database(); PreparedStatement s = c.prepareStatement("""
                SELECT listing_id::text, count(*), bool_and(actor_id IS NULL AND from_status = 'PUBLISHED'
                                                            AND to_status = 'EXPIRED')
                FROM audit_event WHERE action = 'EXPIRE' AND listing_id = ANY(?) GROUP BY listing_id""")) {
            s.setArray(1, uuids(c, ids));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    assertTrue(rs.getBoolean(3), "the service moved " + rs.getString(1) + " from PUBLISHED to EXPIRED");
                    events.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        Map<String, Integer> once = new HashMap<>();
        ids.forEach(id -> once.put(id, 1));
        assertEquals(once, events, "one EXPIRE event in the audit trail per ad");

        Set<UUID> ours = new HashSet<>(ids.stream().map(UUID::fromString).toList());
        Eventually.until(() -> expiredBy(ours).values().stream().mapToInt(Set::size).sum() >= ours.size(),
                "the instances tell which of them expired each ad");
        Map<Integer, Set<UUID>> expiredBy = expiredBy(ours);
        Set<UUID> union = new HashSet<>();
        expiredBy.values().forEach(union::addAll);
        assertEquals(ours, union, "the instances' jobs expired our ads between them");
        assertEquals(ours.size(), expiredBy.values().stream().mapToInt(Set::size).sum(),
                "no ad expired by two instances: " + counts(expiredBy));
        LOG.info("Ads expired per instance: {}", counts(expiredBy));
    }

    @Test
    void theLimitOfFiveReportsAnHourHoldsForAClientAcrossTheInstances() {
        Sellers.Seller seller = Sellers.registered(api(1));
        Sellers.Seller admin = Sellers.admin(api(1));
        List<String> ads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = create(api(1 + i % 3), seller, ad("Lampe de chevet n° " + (i + 1) + " " + reference(),
                    "40000", "Mont-de-Marsan"));
            approve(api(1), admin, id);
            ads.add(id);
        }
        String client = aClient();

        for (int i = 0; i < 5; i++) {
            int n = 1 + i % 3;
            Api.Reply reply = report(n, ads.get(i), client);
            assertEquals(202, reply.status(), "report " + (i + 1) + " through instance " + n + ": " + reply);
            assertFalse(reply.json().path("alreadyReported").asBoolean(), "a new report, not a repeat");
        }
        for (int n = 1; n <= 3; n++) {
            Api.Reply sixth = report(n, ads.get(4 + n), client);
            assertProblem(sixth, 429);
            long retryAfter = Long.parseLong(sixth.header("Retry-After").orElseThrow());
            assertTrue(retryAfter > 3000 && retryAfter <= 3601, "instance " + n + ": Retry-After " + retryAfter);
        }

        assertEquals(202, report(3, ads.get(5), aClient()).status(), "another client is not limited");
        Map<String, Integer> received = new HashMap<>();
        for (JsonNode group : api(2).get("/api/v1/admin/reports").token(admin.token()).send().json()) {
            if (ads.contains(group.path("listingId").asText())) {
                received.put(group.path("listingId").asText(), group.path("reports").asInt());
            }
        }
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            expected.put(ads.get(i), 1);
        }
        assertEquals(expected, received, "five reports of the limited client and one of the other, nothing more");
    }

    @Test
    void stoppingAnInstanceFinishesTheRequestInFlightAndRefusesNewOnes() throws Exception {
        EmbeddedServer third = instances[2];
        URI address = third.getURI();
        Api three = api(3);
        Sellers.Seller seller = Sellers.registered(three);
        HeldRequests held = third.getApplicationContext().getBean(HeldRequests.class);
        String token = UUID.randomUUID().toString();
        String title = "Armoire normande " + reference();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Api.Reply> inFlight = threads.submit(() -> three.post("/api/v1/listings", ad(title, "65000", "Tarbes"))
                    .token(seller.token()).header(HeldRequests.HEADER, token).send());
            assertTrue(held.arrived(token, PATIENCE), "the ad's creation is in flight on instance 3");
            assertFalse(refused(address), "instance 3 takes new connections before it is stopped");

            // What Micronaut's shutdown hook calls on SIGTERM; graceful shutdown (application.yml) makes it wait.
            long stopAsked = System.nanoTime();
            Future<?> stopping = threads.submit(() -> third.stop());
            Eventually.until(() -> refused(address), "once stopping, instance 3 refuses new connections");
            LOG.info("Instance 3 refused new connections {} ms after stop()", millisSince(stopAsked));
            assertFalse(inFlight.isDone(), "the request in flight is still being served");
            assertFalse(stopping.isDone(), "stop() waits for the request in flight");

            long released = System.nanoTime();
            held.release(token);
            Api.Reply created = inFlight.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            assertEquals(201, created.status(), "the request in flight completes: " + created);
            stopping.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("stop() returned {} ms after the request was let go ({} ms in all)", millisSince(released),
                    millisSince(stopAsked));
            assertFalse(third.isRunning(), "instance 3 is stopped");
            assertTrue(refused(address), "and stays so");

            String id = created.json().path("id").asText();
            Api one = api(1);
            Api.Reply stored = one.get("/api/v1/listings/" + id).token(seller.token()).send();
            assertEquals(200, stored.status(), "the ad created while instance 3 stopped is in the database: " + stored);
            assertEquals(title, stored.json().path("title").asText());
            assertEquals("PENDING", stored.json().path("status").asText());
            assertEquals(1, one.get("/api/v1/me/listings").token(seller.token()).send().json().path("items").size(),
                    "created once");
            Sellers.Seller admin = Sellers.admin(one);
            assertEquals(1, one.get("/api/v1/admin/audit?listing=" + id + "&action=CREATE").token(admin.token()).send()
                    .json().path("items").size(), "with its audit event");
        } finally {
            held.release(token);
            threads.shutdownNow();
        }
    }

    private static Api api(int n) {
        return new Api(instances[n - 1]);
    }

    private static ObjectNode ad(String title, String postcode, String city) {
        ObjectNode ad = Ads.aTable();
        ad.put("title", title);
        ad.putObject("location").put("postcode", postcode).put("city", city);
        return ad;
    }

    private static String create(Api api, Sellers.Seller seller, ObjectNode ad) {
        Api.Reply created = api.post("/api/v1/listings", ad).token(seller.token()).send();
        assertEquals(201, created.status(), created::toString);
        return created.json().path("id").asText();
    }

    private static void approve(Api api, Sellers.Seller admin, String id) {
        Api.Reply approved = api.post("/api/v1/admin/listings/" + id + "/approve", Map.of()).token(admin.token()).send();
        assertEquals(200, approved.status(), approved::toString);
    }

    private static Api.Reply report(int n, String id, String client) {
        return api(n).post("/api/v1/listings/" + id + "/reports", SCAM).header("X-Forwarded-For", client).send();
    }

    /** Asks instance n for a path twice: the second answer must come from memory, not a new render. */
    private static void assertServedFromMemory(int n, String path) {
        Api api = api(n);
        api.get(path).send();
        long renders = Renders.on(instances[n - 1].getApplicationContext());
        Api.Reply again = api.get(path).send();
        assertEquals(200, again.status(), path + " on instance " + n);
        assertEquals(renders, Renders.on(instances[n - 1].getApplicationContext()),
                "instance " + n + " serves " + path + " from memory");
    }

    private static List<String> ids(Api.Reply search) {
        assertEquals(200, search.status(), search::toString);
        List<String> ids = new ArrayList<>();
        search.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    /** Instance number (1 to 3) to those of these ads that its expiry job expired. */
    private static Map<Integer, Set<UUID>> expiredBy(Set<UUID> ads) {
        Map<Integer, Set<UUID>> byInstance = new HashMap<>();
        for (int n = 1; n <= 3; n++) {
            Set<UUID> expired = new HashSet<>(instances[n - 1].getApplicationContext().getBean(ExpiriesSeen.class).expired());
            expired.retainAll(ads);
            byInstance.put(n, expired);
        }
        return byInstance;
    }

    private static Map<Integer, Integer> counts(Map<Integer, Set<UUID>> byInstance) {
        Map<Integer, Integer> counts = new HashMap<>();
        byInstance.forEach((n, ids) -> counts.put(n, ids.size()));
        return counts;
    }

    /** Whether a new connection to this address is refused (what a client of a stopped instance meets). */
    private static boolean refused(URI address) {
        try {
            new Api(address).get("/health/liveness").send();
            return false;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof ConnectException) {
                return true;
            }
            throw e;
        }
    }

    private static Map<String, Integer> statuses(List<String> ids) {
        Map<String, Integer> statuses = new HashMap<>();
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(
                "SELECT status, count(*) FROM listing WHERE id = ANY(?) GROUP BY status")) {
            s.setArray(1, uuids(c, ids));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    statuses.put(rs.getString(1), rs.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return statuses;
    }

    private static int update(String sql, List<String> ids) throws SQLException {
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, uuids(c, ids));
            return s.executeUpdate();
        }
    }

    private static Array uuids(Connection c, List<String> ids) throws SQLException {
        return c.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray());
    }

    /** The database the three instances share, reached directly, as an operator's script would. */
    private static Connection database() throws SQLException {
        return DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
    }

    private static String reference() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10000));
    }

    /** A client address of its own per call (documentation ranges), as the proxy would pass it on. */
    private static String aClient() {
        return "2001:db8::" + IntStream.range(0, 4).mapToObj(i -> Integer.toHexString(
                ThreadLocalRandom.current().nextInt(0x10000))).reduce((a, b) -> a + ":" + b).orElseThrow();
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}

package annonces.system;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class RequestIdIT {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    EmbeddedServer server;
    Api api;

    /** Micronaut Data's SQL log: written on the blocking pool, in the middle of a request. */
    private final Logger queries = (Logger) LoggerFactory.getLogger("io.micronaut.data.query");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level level;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        level = queries.getLevel();
        lines.start();
        queries.addAppender(lines);
    }

    @AfterEach
    void detach() {
        queries.detachAppender(lines);
        queries.setLevel(level);
        lines.stop();
    }

    @Test
    void aSaneRequestIdIsAnsweredAsGiven() {
        for (String id : List.of("news-site.7f3a_01", "0af7651916cd43dd8448eb211c80319c", "a".repeat(128))) {
            Api.Reply reply = api.get("/api/v1/listings?category=GOODS").header("X-Request-Id", id).send();

            assertEquals(200, reply.status());
            assertEquals(id, reply.header("X-Request-Id").orElseThrow());
        }
    }

    @Test
    void aMissingRequestIdIsReplacedByANewOneEachTime() {
        String first = api.get("/api/v1/listings").send().header("X-Request-Id").orElseThrow();
        String second = api.get("/api/v1/listings").send().header("X-Request-Id").orElseThrow();

        assertTrue(UUID.matcher(first).matches(), first);
        assertNotEquals(first, second);
    }

    @Test
    void anInsaneRequestIdIsReplaced() {
        for (String id : List.of("a".repeat(129), "two words", "<script>", "id;drop", "é", "")) {
            String answered = api.get("/api/v1/listings").header("X-Request-Id", id).send().header("X-Request-Id").orElseThrow();

            assertTrue(UUID.matcher(answered).matches(), id + " gave " + answered);
        }
    }

    @Test
    void refusalsAndErrorsCarryTheRequestIdToo() {
        Api.Reply refused = api.get("/api/v1/me").header("X-Request-Id", "refused-1").send();
        Api.Reply unknown = api.get("/nothing/here").header("X-Request-Id", "unknown-1").send();
        Api.Reply invalid = api.get("/api/v1/listings?colour=red").header("X-Request-Id", "invalid-1").send();

        assertEquals(401, refused.status());
        assertEquals("refused-1", refused.header("X-Request-Id").orElseThrow());
        assertEquals(404, unknown.status());
        assertEquals("unknown-1", unknown.header("X-Request-Id").orElseThrow());
        assertEquals(400, invalid.status());
        assertEquals("invalid-1", invalid.header("X-Request-Id").orElseThrow());
    }

    @Test
    void logLinesWrittenOnTheBlockingPoolCarryTheirRequestsId() {
        Sellers.Seller seller = Sellers.registered(api);
        String id = api.post("/api/v1/listings", Ads.aTable()).token(seller.token()).send().json().path("id").asText();
        queries.setLevel(Level.DEBUG);

        for (String requestId : List.of("first-request", "second-request")) {
            synchronized (lines) {
                lines.list.clear();
            }
            assertEquals(200, api.get("/api/v1/listings/" + id).token(seller.token()).header("X-Request-Id", requestId)
                    .send().status());

            List<ILoggingEvent> written = written();
            List<ILoggingEvent> ours = written.stream()
                    .filter(l -> requestId.equals(l.getMDCPropertyMap().get("requestId"))).toList();
            assertFalse(ours.isEmpty(), "the read logged its query with the request's id: " + written);
            assertTrue(ours.stream().allMatch(l -> l.getThreadName().startsWith("io-executor")), ours::toString);
            assertTrue(written.stream().allMatch(l -> l.getMDCPropertyMap().getOrDefault("requestId", requestId)
                    .equals(requestId)), "no other request's id stays behind on a thread: " + written);
        }
    }

    @Test
    void aSearchAnsweredByPostgreSqlLogsWithItsRequestIdOnTheBlockingPool() {
        Logger search = (Logger) LoggerFactory.getLogger("annonces.search.Search");
        Level before = search.getLevel();
        ListAppender<ILoggingEvent> searched = new ListAppender<>();
        searched.start();
        search.addAppender(searched);
        search.setLevel(Level.DEBUG);
        try {
            String query = "/api/v1/listings?q=gueridon" + System.nanoTime();
            assertEquals(200, api.get(query).header("X-Request-Id", "searched-1").send().status());
            assertEquals(200, api.get(query).header("X-Request-Id", "searched-2").send().status());

            List<ILoggingEvent> logged;
            synchronized (searched) {
                logged = List.copyOf(searched.list);
            }
            // the second answer came from memory: no query, no line
            assertEquals(1, logged.size(), logged::toString);
            assertEquals("searched-1", logged.get(0).getMDCPropertyMap().get("requestId"));
            assertTrue(logged.get(0).getThreadName().startsWith("io-executor"), logged.get(0)::toString);
        } finally {
            search.detachAppender(searched);
            search.setLevel(before);
        }
    }

    /** The appender appends under its own lock, from any thread. */
    private List<ILoggingEvent> written() {
        synchronized (lines) {
            return List.copyOf(lines.list);
        }
    }
}

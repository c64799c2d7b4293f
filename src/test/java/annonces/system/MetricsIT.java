package annonces.system;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What Prometheus scrapes, read as Prometheus reads it: the text format, the request timers per route
 * template with their buckets, the pool, and each business counter moving when its event happens.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.client-address-header", value = "X-Forwarded-For")
class MetricsIT {

    private static final Map<String, Object> SCAM = Map.of("reason", "SCAM",
            "explanation", "Paiement demandé avant la visite.", "goodFaith", true);

    @Inject
    EmbeddedServer server;
    Api api;
    Sellers.Seller seller;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        seller = Sellers.registered(api);
    }

    @Test
    void prometheusAnswersAnonymouslyInItsTextFormat() {
        Api.Reply scrape = api.get("/prometheus").send();

        assertEquals(200, scrape.status(), scrape::toString);
        assertTrue(scrape.contentType().startsWith("text/plain"), scrape.contentType());
        assertTrue(scrape.text().contains("# TYPE jvm_memory_used_bytes gauge"), scrape.text());
        assertTrue(Scrape.of(scrape.text()).has("jvm_memory_used_bytes", "area=\"heap\""));
    }

    @Test
    void requestsAreTimedPerRouteTemplateWithHistogramBuckets() {
        String id = create(Ads.aTable());
        assertEquals(200, api.get("/api/v1/listings/" + id).token(seller.token()).send().status());
        String unknown = UUID.randomUUID().toString();
        assertEquals(404, api.get("/api/v1/listings/" + unknown).send().status());

        String text = api.get("/prometheus").send().text();
        Scrape scrape = Scrape.of(text);

        assertTrue(scrape.value("http_server_requests_seconds_bucket", "uri=\"/api/v1/listings/{id}\"", "method=\"GET\"",
                "status=\"200\"", "le=\"+Inf\"") >= 1, text);
        assertTrue(scrape.has("http_server_requests_seconds_bucket", "uri=\"NOT_FOUND\"", "status=\"404\""),
                "an unknown ad's path is not a label either: " + text);
        assertTrue(scrape.count("http_server_requests_seconds_bucket", "uri=\"/api/v1/listings/{id}\"", "status=\"200\"") > 10,
                "enough buckets for a p95");
        assertTrue(scrape.has("http_server_requests_seconds_count", "uri=\"/api/v1/listings\"", "method=\"POST\"",
                "status=\"201\"", "exception=\"none\""), text);
        assertFalse(text.contains(id) || text.contains(unknown), "paths with ids never become labels");
    }

    @Test
    void theConnectionPoolIsMeasured() {
        Scrape scrape = Scrape.of(api.get("/prometheus").send().text());

        assertTrue(scrape.has("hikaricp_connections_pending"));
        assertTrue(scrape.has("hikaricp_connections_active"));
        assertTrue(scrape.value("hikaricp_connections_max") > 0);
        assertTrue(scrape.has("hikaricp_connections_acquire_seconds_count"));
    }

    @Test
    void createdApprovedAndRejectedAdsAreCounted() {
        Sellers.Seller admin = Sellers.admin(api);
        Scrape before = scrape();

        String approved = create(Ads.aTable());
        String rejected = create(Ads.aCar());
        assertEquals(200, api.post("/api/v1/admin/listings/" + approved + "/approve", Map.of()).token(admin.token()).send().status());
        assertEquals(200, api.post("/api/v1/admin/listings/" + rejected + "/reject",
                Map.of("reason", "Photos sans rapport avec le véhicule proposé.")).token(admin.token()).send().status());

        Scrape after = scrape();
        assertEquals(2, after.delta(before, "annonces_listings_posted_total", "status=\"PENDING\""));
        assertEquals(1, after.delta(before, "annonces_listings_published_total", "action=\"APPROVE\""));
        assertEquals(1, after.delta(before, "annonces_listings_rejected_total"));
    }

    @Test
    void aReportIsCountedOncePerClient() {
        Sellers.Seller admin = Sellers.admin(api);
        String id = create(Ads.aTable());
        assertEquals(200, api.post("/api/v1/admin/listings/" + id + "/approve", Map.of()).token(admin.token()).send().status());
        String client = "198.51.100." + (1 + (int) (Math.random() * 250));
        Scrape before = scrape();

        for (int i = 0; i < 2; i++) {
            Api.Reply report = api.post("/api/v1/listings/" + id + "/reports", SCAM).header("X-Forwarded-For", client).send();
            assertEquals(202, report.status(), report::toString);
        }

        assertEquals(1, scrape().delta(before, "annonces_reports_received_total", "reason=\"SCAM\""));
    }

    @Test
    void searchesAreCountedWithAndWithoutText() {
        Scrape before = scrape();

        assertEquals(200, api.get("/api/v1/listings?q=table").send().status());
        assertEquals(200, api.get("/api/v1/listings?category=GOODS").send().status());
        assertEquals(200, api.get("/api/v1/listings").send().status());
        assertEquals(400, api.get("/api/v1/listings?colour=red").send().status());

        Scrape after = scrape();
        assertEquals(1, after.delta(before, "annonces_searches_total", "text=\"true\""));
        assertEquals(2, after.delta(before, "annonces_searches_total", "text=\"false\""));
    }

    @Test
    void aBlockViewedAgainIsACacheHit() throws InterruptedException {
        String url = "/widget?department=61&perCategory=3";
        Scrape before = scrape();

        assertEquals(200, api.get(url).send().status());
        assertTrue(scrape().delta(before, "annonces_widget_cache_total", "result=\"render\"") >= 1, "a first view renders");
        // Another test's last write may still be on its way back from the database (NOTIFY) and renew the block once.
        for (int i = 0; i < 10 && scrape().delta(before, "annonces_widget_cache_total", "result=\"hit\"") == 0; i++) {
            Thread.sleep(200);
            assertEquals(200, api.get(url).send().status());
        }

        assertTrue(scrape().delta(before, "annonces_widget_cache_total", "result=\"hit\"") >= 1);
    }

    private Scrape scrape() {
        return Scrape.of(api.get("/prometheus").send().text());
    }

    private String create(ObjectNode ad) {
        Api.Reply created = api.post("/api/v1/listings", ad).token(seller.token()).send();
        assertEquals(201, created.status(), created::toString);
        return created.json().path("id").asText();
    }
}

package annonces.moderation;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static annonces.ProblemAssertions.assertInvalid;
import static annonces.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ModerationIT {

    private static final String REASON = "Annonce en double : une annonce identique est déjà en ligne.";

    @Inject
    EmbeddedServer server;
    Api api;
    Sellers.Seller seller;
    Sellers.Seller admin;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        seller = Sellers.registered(api);
        admin = Sellers.admin(api);
    }

    @Test
    void onlyAdminsReachTheAdminEndpoints() {
        String id = create();
        assertProblem(api.get("/api/v1/admin/listings").send(), 401);
        assertProblem(api.get("/api/v1/admin/listings").token(seller.token()).send(), 403);
        assertProblem(api.post("/api/v1/admin/listings/" + id + "/approve", Map.of()).token(seller.token()).send(), 403);
        assertProblem(api.get("/api/v1/admin/audit").token(seller.token()).send(), 403);
    }

    @Test
    void anApprovedAdIsPublishedForItsLifetimeAndPublic() {
        String id = create();

        Api.Reply approved = api.post("/api/v1/admin/listings/" + id + "/approve", Map.of()).token(admin.token()).send();

        assertEquals(200, approved.status(), approved::toString);
        assertEquals("PUBLISHED", approved.json().path("status").asText());
        Instant published = Instant.parse(approved.json().path("publishedAt").asText());
        assertEquals(Duration.ofDays(60), Duration.between(published,
                Instant.parse(approved.json().path("expiresAt").asText())));
        assertEquals(200, api.get("/api/v1/listings/" + id).send().status());
    }

    @Test
    void aRejectionCarriesAStatementOfReasonsTheSellerReads() {
        String id = create();
        assertInvalid(api.post("/api/v1/admin/listings/" + id + "/reject", Map.of()).token(admin.token()).send(), "reason");

        Api.Reply rejected = api.post("/api/v1/admin/listings/" + id + "/reject", Map.of("reason", REASON))
                .token(admin.token()).send();

        assertEquals("REJECTED", rejected.json().path("status").asText());
        JsonNode own = api.get("/api/v1/listings/" + id).token(seller.token()).send().json();
        assertEquals(REASON, own.path("moderation").path("reason").asText());
        assertProblem(api.get("/api/v1/listings/" + id).send(), 404);
    }

    @Test
    void aRejectedAdThatItsOwnerEditsGoesBackToTheQueue() {
        String id = create();
        api.post("/api/v1/admin/listings/" + id + "/reject", Map.of("reason", REASON)).token(admin.token()).send();

        Api.Reply edited = api.patch("/api/v1/listings/" + id, Map.of("title", "Table en chêne massif, 8 couverts"))
                .token(seller.token()).send();

        assertEquals("PENDING", edited.json().path("status").asText());
        assertTrue(queueIds().contains(id));
    }

    @Test
    void aSuspendedAdLeavesThePublicViews() {
        String id = create();
        api.post("/api/v1/admin/listings/" + id + "/approve", Map.of()).token(admin.token()).send();

        Api.Reply suspended = api.post("/api/v1/admin/listings/" + id + "/suspend", Map.of("reason", REASON))
                .token(admin.token()).send();

        assertEquals("SUSPENDED", suspended.json().path("status").asText());
        assertProblem(api.get("/api/v1/listings/" + id).send(), 404);
    }

    @Test
    void anIllegalMoveIsAConflictNamingTheCurrentStatus() {
        String id = create();
        Api.Reply suspendPending = api.post("/api/v1/admin/listings/" + id + "/suspend", Map.of("reason", REASON))
                .token(admin.token()).send();
        assertProblem(suspendPending, 409);
        assertTrue(suspendPending.text().contains("PENDING"));

        api.post("/api/v1/admin/listings/" + id + "/approve", Map.of()).token(admin.token()).send();
        Api.Reply again = api.post("/api/v1/admin/listings/" + id + "/approve", Map.of()).token(admin.token()).send();
        assertProblem(again, 409);
        assertTrue(again.text().contains("PUBLISHED"));
        assertProblem(api.post("/api/v1/admin/listings/00000000-0000-0000-0000-000000000000/approve", Map.of())
                .token(admin.token()).send(), 404);
    }

    @Test
    void aDecisionOnAStaleVersionLosesToTheSellersEdit() {
        String id = create();
        api.patch("/api/v1/listings/" + id, Map.of("priceCents", 14000)).token(seller.token()).send();

        assertProblem(api.post("/api/v1/admin/listings/" + id + "/approve", Map.of()).token(admin.token())
                .header("If-Match", "\"0\"").send(), 412);
    }

    @Test
    void theQueueListsPendingAdsOldestFirst() {
        String first = create();
        String second = create();
        List<String> queue = queueIds();
        assertTrue(queue.indexOf(first) < queue.indexOf(second), queue::toString);
    }

    @Test
    void theAuditTrailSaysWhoDidWhatAndWhy() {
        String id = create();
        api.post("/api/v1/admin/listings/" + id + "/reject", Map.of("reason", REASON)).token(admin.token()).send();

        JsonNode events = api.get("/api/v1/admin/audit?listing=" + id).token(admin.token()).send().json().path("items");

        assertEquals(2, events.size(), events::toString);
        JsonNode rejection = events.get(0);
        assertEquals("REJECT", rejection.path("action").asText());
        assertEquals("PENDING", rejection.path("fromStatus").asText());
        assertEquals("REJECTED", rejection.path("toStatus").asText());
        assertEquals(REASON, rejection.path("reason").asText());
        assertEquals(seller.id(), rejection.path("accountId").asText());
        assertTrue(rejection.path("actorId").asText().length() == 36);
        assertEquals("CREATE", events.get(1).path("action").asText());
        assertEquals(seller.id(), events.get(1).path("actorId").asText());
        assertEquals(1, api.get("/api/v1/admin/audit?listing=" + id + "&action=REJECT").token(admin.token()).send()
                .json().path("items").size());
    }

    @Test
    void theAuditTrailFiltersByTimeRangeAndAccount() {
        Instant before = Instant.now();
        String id = create();
        Instant after = Instant.now().plusMillis(1);

        JsonNode inRange = api.get("/api/v1/admin/audit?account=" + seller.id() + "&from=" + before + "&to=" + after)
                .token(admin.token()).send().json().path("items");
        JsonNode beforeRange = api.get("/api/v1/admin/audit?account=" + seller.id() + "&to=" + before)
                .token(admin.token()).send().json().path("items");

        assertEquals(1, inRange.size(), inRange::toString);
        assertEquals(id, inRange.get(0).path("listingId").asText());
        assertEquals(0, beforeRange.size(), beforeRange::toString);
        assertInvalid(api.get("/api/v1/admin/audit?from=yesterday").token(admin.token()).send(), "from");
    }

    private String create() {
        Api.Reply reply = api.post("/api/v1/listings", Ads.aTable()).token(seller.token()).send();
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().path("id").asText();
    }

    @Test
    void aRejectionOrASuspensionWithoutABodyNamesTheReasonItLacks() {
        String id = api.post("/api/v1/listings", Ads.aTable()).token(seller.token()).send().json().path("id").asText();

        Api.Reply reject = api.post("/api/v1/admin/listings/" + id + "/reject", null).token(admin.token())
                .header("Content-Type", "application/json").send();

        assertInvalid(reject, "reason");
        assertTrue(reject.json().path("detail").asText().contains("statement of reasons"), reject::toString);
    }

    private List<String> queueIds() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get("/api/v1/admin/listings?status=PENDING&limit=100" + (cursor == null ? "" : "&cursor=" + cursor))
                    .token(admin.token()).send().json();
            page.path("items").forEach(i -> ids.add(i.path("id").asText()));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        return ids;
    }
}

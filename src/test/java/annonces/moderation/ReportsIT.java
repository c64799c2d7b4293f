package annonces.moderation;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static annonces.ProblemAssertions.assertInvalid;
import static annonces.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clients are told apart by X-Forwarded-For here, as behind the news site's proxy. */
@MicronautTest(transactional = false)
@Property(name = "annonces.moderation.pre-publication", value = "false")
@Property(name = "micronaut.server.client-address-header", value = "X-Forwarded-For")
class ReportsIT {

    private static final Map<String, Object> SCAM = Map.of("reason", "SCAM",
            "explanation", "Le vendeur demande un paiement par mandat cash avant toute visite.",
            "reporterEmail", "lectrice@example.test", "goodFaith", true);

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
    void anyoneReportsAPublishedAdOnceWithoutAnAccount() {
        String id = publish();
        String client = aClient();

        Api.Reply first = report(id, client, SCAM);
        Api.Reply again = report(id, client, SCAM);

        assertEquals(202, first.status(), first::toString);
        assertEquals(202, again.status());
        assertTrue(again.json().path("alreadyReported").asBoolean());
        JsonNode group = reported(id);
        assertEquals(1, group.path("reports").asInt());
        JsonNode item = group.path("items").get(0);
        assertEquals("SCAM", item.path("reason").asText());
        assertEquals("lectrice@example.test", item.path("reporterEmail").asText());
        assertTrue(item.path("goodFaith").asBoolean());
        assertTrue(item.path("clientKey").isMissingNode(), "the client's key stays in the database");
    }

    @Test
    void aClientSendsAtMostFiveReportsAnHour() {
        String client = aClient();
        for (int i = 0; i < 5; i++) {
            assertEquals(202, report(publish(), client, SCAM).status());
        }
        Api.Reply sixth = report(publish(), client, SCAM);

        assertProblem(sixth, 429);
        long retryAfter = Long.parseLong(sixth.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 3000 && retryAfter <= 3601, "Retry-After " + retryAfter);
        assertEquals(202, report(publish(), aClient(), SCAM).status(), "another client is not limited");
    }

    @Test
    void anAdReportedByThreeClientsLeavesThePublicViewsUntilAnAdminDecides() {
        String id = publish();
        report(id, aClient(), SCAM);
        report(id, aClient(), Map.of("reason", "DUPLICATE"));
        assertEquals(200, api.get("/api/v1/listings/" + id).send().status());

        report(id, aClient(), Map.of("reason", "OFFENSIVE", "goodFaith", true));

        assertProblem(api.get("/api/v1/listings/" + id).send(), 404);
        JsonNode own = api.get("/api/v1/listings/" + id).token(seller.token()).send().json();
        assertEquals("PENDING", own.path("status").asText());
        assertEquals(3, reported(id).path("reports").asInt());
        assertTrue(own.path("moderation").path("flags").toString().contains("REPORTED"), own::toString);

        assertEquals(200, api.post("/api/v1/admin/listings/" + id + "/approve", Map.of()).token(admin.token()).send().status());

        assertEquals(200, api.get("/api/v1/listings/" + id).send().status());
        assertTrue(reported(id).isMissingNode(), "an admin's decision closes the reports");
    }

    @Test
    void aNoticeIsCheckedAndOnlyPublishedAdsCanBeReported() {
        String id = publish();
        assertInvalid(report(id, aClient(), Map.of("reason", "BORING")), "reason");
        assertInvalid(report(id, aClient(), Map.of("explanation", "x")), "reason");
        assertInvalid(report(id, aClient(), Map.of("reason", "SCAM", "reporterEmail", "not-an-email")), "reporterEmail");
        assertProblem(report(UUID.randomUUID().toString(), aClient(), SCAM), 404);
        api.delete("/api/v1/listings/" + id).token(seller.token()).send();
        assertProblem(report(id, aClient(), SCAM), 404);
    }

    @Test
    void onlyAdminsReadReports() {
        assertProblem(api.get("/api/v1/admin/reports").token(seller.token()).send(), 403);
        assertProblem(api.get("/api/v1/admin/reports").send(), 401);
    }

    @Test
    void anAdminDismissesUnfoundedReportsWithAReasonAndTheAdStays() {
        String id = publish();
        report(id, aClient(), Map.of("reason", "SCAM", "explanation", "Trop beau pour être vrai"));
        report(id, aClient(), Map.of("reason", "OFFENSIVE", "reporterEmail", "lecteur@example.test"));
        Api.Reply noReason = api.post("/api/v1/admin/reports/" + id + "/dismiss", null).token(admin.token())
                .header("Content-Type", "application/json").send();
        assertInvalid(noReason, "reason");

        Api.Reply dismissed = api.post("/api/v1/admin/reports/" + id + "/dismiss",
                Map.of("reason", "Vérifié : vendeur identifié, prix conforme au marché.")).token(admin.token()).send();

        assertEquals(200, dismissed.status(), dismissed::toString);
        assertEquals(2, dismissed.json().path("reportsClosed").asInt());
        assertTrue(reported(id).isMissingNode(), "no longer among the open reports");
        JsonNode ad = api.get("/api/v1/listings/" + id).token(admin.token()).send().json();
        assertEquals("PUBLISHED", ad.path("status").asText());
        assertFalse(ad.path("moderation").path("flags").toString().contains("REPORTED"), ad::toString);
        JsonNode audit = api.get("/api/v1/admin/audit?listing=" + id + "&action=REPORTS_DISMISSED")
                .token(admin.token()).send().json().path("items");
        assertEquals(1, audit.size(), audit::toString);
        assertEquals("Vérifié : vendeur identifié, prix conforme au marché.", audit.get(0).path("reason").asText());
        assertProblem(api.post("/api/v1/admin/reports/" + id + "/dismiss", Map.of("reason",
                "Une seconde fois pour rien du tout.")).token(admin.token()).send(), 409);
        assertProblem(api.post("/api/v1/admin/reports/" + id + "/dismiss", Map.of("reason",
                "Un vendeur ne peut pas le faire.")).token(seller.token()).send(), 403);
    }

    private String publish() {
        Api.Reply reply = api.post("/api/v1/listings", Ads.aTable()).token(seller.token()).send();
        assertEquals("PUBLISHED", reply.json().path("status").asText(), reply::toString);
        return reply.json().path("id").asText();
    }

    private Api.Reply report(String id, String client, Map<String, Object> notice) {
        return api.post("/api/v1/listings/" + id + "/reports", notice).header("X-Forwarded-For", client).send();
    }

    private JsonNode reported(String id) {
        for (JsonNode group : api.get("/api/v1/admin/reports").token(admin.token()).send().json()) {
            if (group.path("listingId").asText().equals(id)) {
                return group;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String aClient() {
        return "203.0.113." + (int) (Math.random() * 250) + "." + UUID.randomUUID().toString().substring(0, 4);
    }
}

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

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Signaler l'annonce" on the ad page: a reader's browser sends the DSA notice as a form and reads a page back. */
@MicronautTest(transactional = false)
@Property(name = "annonces.moderation.pre-publication", value = "false")
@Property(name = "micronaut.server.client-address-header", value = "X-Forwarded-For")
class ReportPageIT {

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
    void theAdPageCarriesTheFormAndAReaderReportsWithItAsWithTheApi() {
        String ad = publish();
        String page = api.get("/annonces/" + ad).send().text();
        assertTrue(page.contains("<form method=\"post\" action=\"/annonces/" + ad + "/signaler\">"), page);

        Api.Reply sent = form(ad, "reason=SCAM&explanation=Demande+un+paiement+par+coupon+PCS&email=&goodFaith=on",
                aClient());

        assertEquals(200, sent.status(), sent::toString);
        assertTrue(sent.contentType().startsWith("text/html"), sent.contentType());
        assertTrue(sent.text().contains("Merci pour votre signalement"), sent.text());
        JsonNode group = reported(ad);
        assertEquals(1, group.path("reports").asInt(), group::toString);
        JsonNode report = group.path("items").get(0);
        assertEquals("SCAM", report.path("reason").asText(), report::toString);
        assertEquals("Demande un paiement par coupon PCS", report.path("explanation").asText(), report::toString);
        assertTrue(report.path("goodFaith").asBoolean(), report::toString);
    }

    @Test
    void aFormWithoutAReasonOrWithABadAddressIsAPageSayingWhat() {
        String ad = publish();

        Api.Reply noReason = form(ad, "reason=&explanation=x&goodFaith=on", aClient());
        Api.Reply badEmail = form(ad, "reason=OTHER&email=pas-une-adresse&goodFaith=on", aClient());

        assertEquals(400, noReason.status());
        assertTrue(noReason.text().contains("Choisissez le motif"), noReason.text());
        assertEquals(400, badEmail.status());
        assertTrue(badEmail.text().contains("L'adresse e-mail n'est pas valable."), badEmail.text());
        assertEquals(0, reported(ad).path("reports").asInt());
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        String ad = publish();

        Api.Reply forged = api.post("/annonces/" + ad + "/signaler", "reason=SCAM&goodFaith=on")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example.test").header("X-Forwarded-For", aClient()).send();

        assertEquals(403, forged.status());
        assertEquals(0, reported(ad).path("reports").asInt());
    }

    private Api.Reply form(String ad, String body, String client) {
        return api.post("/annonces/" + ad + "/signaler", body).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", client).send();
    }

    private String publish() {
        Api.Reply created = api.post("/api/v1/listings", Ads.aTable()).token(seller.token()).send();
        assertEquals(201, created.status(), created::toString);
        return created.json().path("id").asText();
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
        return "198.51.100." + (int) (Math.random() * 250) + "-" + UUID.randomUUID().toString().substring(0, 4);
    }
}

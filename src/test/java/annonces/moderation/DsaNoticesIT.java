package annonces.moderation;

import annonces.Api;
import annonces.Sql;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import annonces.mail.Mailbox;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The people concerned are told, as the Digital Services Act requires: sellers of each decision with its
 * statement of reasons and of a ban, reporters of the receipt and of the decision, and sellers of an expiry a
 * week ahead, with a link that renews the ad without a login. Mail reaches a real SMTP server.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DsaNoticesIT implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;
    Api api;
    Sql sql;
    Sellers.Seller admin;
    final Mailbox mailbox = Mailbox.shared();

    @Override
    public Map<String, String> getProperties() {
        return mailbox.testProperties("annonces.listings.expiry.interval", "300ms",
                "annonces.listings.expiry.initial-delay", "300ms",
                "micronaut.server.client-address-header", "X-Forwarded-For");
    }

    @BeforeEach
    void setUp() {
        api = new Api(server);
        sql = new Sql(dataSource);
        admin = Sellers.admin(api);
    }

    private String post(Sellers.Seller seller) {
        Api.Reply created = api.post("/api/v1/listings", Ads.aCar()).token(seller.token()).send();
        assertEquals(201, created.status(), created::toString);
        return created.json().path("id").asText();
    }

    @Test
    void theSellerIsToldOfEachDecisionWithItsStatementOfReasons() {
        Sellers.Seller seller = Sellers.registered(api);
        String approved = post(seller);
        api.post("/api/v1/admin/listings/" + approved + "/approve", null).token(admin.token()).send();
        Mailbox.Letter online = mailbox.awaitSubject(seller.email(), "Votre annonce « Peugeot 208 GT Line 2019 » est en ligne");
        assertTrue(online.text().contains("/annonces/" + approved), online.text());
        assertNull(online.header("List-Unsubscribe"), "a decision is transactional mail");

        String rejected = post(seller);
        String reason = "Les photos ne montrent pas le véhicule proposé.";
        api.post("/api/v1/admin/listings/" + rejected + "/reject", Map.of("reason", reason)).token(admin.token()).send();
        Mailbox.Letter refusal = mailbox.awaitSubject(seller.email(), "Votre annonce « Peugeot 208 GT Line 2019 » a été refusée");
        assertTrue(refusal.text().contains("Exposé des motifs :\n" + reason), refusal.text());
        assertTrue(refusal.text().contains("règlement extrajudiciaire"), "how to contest it: " + refusal.text());

        api.post("/api/v1/admin/listings/" + approved + "/suspend", Map.of("reason", "Annonce frauduleuse."))
                .token(admin.token()).send();
        Mailbox.Letter suspension = mailbox.awaitSubject(seller.email(),
                "Votre annonce « Peugeot 208 GT Line 2019 » a été suspendue");
        assertTrue(suspension.html().contains("Annonce frauduleuse."), suspension.html());
    }

    @Test
    void aBannedSellerIsToldWhy() {
        Sellers.Seller seller = Sellers.registered(api);
        Api.Reply ban = api.post("/api/v1/admin/accounts/" + seller.id() + "/ban",
                Map.of("reason", "Annonces d'arnaque répétées.")).token(admin.token()).send();
        assertEquals(200, ban.status(), ban::toString);
        Mailbox.Letter letter = mailbox.awaitSubject(seller.email(), "Votre compte a été fermé");
        assertTrue(letter.text().contains("Annonces d'arnaque répétées."), letter.text());
    }

    @Test
    void aReporterWhoGaveAnAddressIsToldOfTheReceiptAndThenOfTheDecision() {
        Sellers.Seller seller = Sellers.registered(api);
        String id = post(seller);
        api.post("/api/v1/admin/listings/" + id + "/approve", null).token(admin.token()).send();
        String reporter = "lecteur-" + UUID.randomUUID() + "@example.test";
        Api.Reply report = api.post("/api/v1/listings/" + id + "/reports", Map.of("reason", "SCAM",
                        "explanation", "Demande un mandat cash.", "reporterEmail", reporter, "goodFaith", true))
                .header("X-Forwarded-For", "203.0.113." + (1 + ThreadLocalRandom.current().nextInt(250))).send();
        assertEquals(202, report.status(), report::toString);
        Mailbox.Letter receipt = mailbox.awaitSubject(reporter, "Signalement reçu : « Peugeot 208 GT Line 2019 »");
        assertTrue(receipt.text().contains("motif : arnaque"), receipt.text());

        api.post("/api/v1/admin/listings/" + id + "/suspend", Map.of("reason", "Arnaque au mandat cash."))
                .token(admin.token()).send();
        Mailbox.Letter decision = mailbox.awaitSubject(reporter,
                "Suite donnée à votre signalement : « Peugeot 208 GT Line 2019 »");
        assertTrue(decision.text().contains("a été retirée"), decision.text());
        assertTrue(decision.text().contains("Arnaque au mandat cash."), decision.text());
        assertFalse(decision.text().contains(seller.email()), "the reporter is not given the seller's address");
    }

    @Test
    void aWeekBeforeExpiryTheSellerGetsOneReminderWhoseLinkRenewsTheAdOnce() throws InterruptedException {
        Sellers.Seller seller = Sellers.registered(api);
        String id = post(seller);
        api.post("/api/v1/admin/listings/" + id + "/approve", null).token(admin.token()).send();
        sql.update("UPDATE listing SET expires_at = now() + interval '3 days' WHERE id = ?::uuid", id);

        Mailbox.Letter reminder = mailbox.awaitSubject(seller.email(), "Votre annonce « Peugeot 208 GT Line 2019 » expire "
                + DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH).withZone(ZoneId.of("Europe/Paris"))
                .format(Instant.now().plus(Duration.ofDays(3))));
        assertNotNull(reminder.header("List-Unsubscribe"), "a reminder is a notification");
        String path = "/annonces/" + id + "/prolonger?token=" + reminder.token();
        assertEquals(200, api.get(path).send().status());
        Object before = sql.one("SELECT expires_at FROM listing WHERE id = ?::uuid", id);

        Api.Reply renewed = api.post(path, "").header("Content-Type", "application/x-www-form-urlencoded").send();
        assertEquals(200, renewed.status(), renewed::toString);
        assertTrue(renewed.text().contains("reste en ligne jusqu'au"), renewed.text());
        Number days = (Number) sql.one("SELECT extract(epoch FROM expires_at - now()) / 86400 FROM listing WHERE id = ?::uuid", id);
        assertTrue(days.doubleValue() > 59, "a full lifetime from now: " + days + " days (was " + before + ")");
        Api.Reply again = api.post(path, "").header("Content-Type", "application/x-www-form-urlencoded").send();
        assertTrue(again.text().contains("déjà été prolongée"), again.text());
        assertEquals(400, api.get("/annonces/" + id + "/prolonger?token=" + reminder.token() + "x").send().status());
        assertEquals(400, api.get("/annonces/" + UUID.randomUUID() + "/prolonger?token=" + reminder.token()).send().status());

        Thread.sleep(1500); // several runs of the reminder job (every 300 ms here)
        assertEquals(1, mailbox.to(seller.email()).stream().filter(l -> l.subject().contains("expire")).count(),
                "one reminder for that expiry");
    }
}

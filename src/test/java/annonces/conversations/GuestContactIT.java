package annonces.conversations;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import annonces.mail.Mailbox;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader without an account writes to a seller from the ad page, as a browser posts the form: the message
 * waits for the link mailed to the reader, then reaches the seller as a conversation that both continue, the
 * guest through its signed link. Clients are told apart by X-Forwarded-For, as behind the news site's proxy.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuestContactIT implements TestPropertyProvider {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form\" value=\"([^\"]+)\"");

    @Inject
    EmbeddedServer server;
    Api api;
    final Mailbox mailbox = Mailbox.shared();

    @Override
    public Map<String, String> getProperties() {
        return mailbox.testProperties("annonces.conversations.digest-every", "1s",
                "annonces.conversations.digest-poll", "200ms",
                "annonces.conversations.digest-initial-delay", "200ms",
                "micronaut.server.client-address-header", "X-Forwarded-For");
    }

    @BeforeEach
    void setUp() {
        api = new Api(server);
    }

    private String publishedAd(Sellers.Seller seller) {
        String id = api.post("/api/v1/listings", Ads.aCar()).token(seller.token()).send().json().path("id").asText();
        api.post("/api/v1/admin/listings/" + id + "/approve", null).token(Sellers.admin(api).token()).send();
        return id;
    }

    private String formToken(String id) {
        Matcher m = FORM_TOKEN.matcher(api.get("/annonces/" + id).send().text());
        assertTrue(m.find(), "the ad page has the contact form");
        return m.group(1);
    }

    private Api.Reply submit(String id, Map<String, String> fields, String client) {
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return api.post("/annonces/" + id + "/contact", body).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin()).header("X-Forwarded-For", client).send();
    }

    private Map<String, String> form(String id, String email) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("form", formToken(id));
        f.put("name", "Lucie");
        f.put("email", email);
        f.put("message", "Bonjour, est-elle toujours disponible ? <script>alert(1)</script>");
        f.put("website", "");
        return f;
    }

    private String origin() {
        return "http://" + server.getHost() + ":" + server.getPort();
    }

    private static String client() {
        return "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
    }

    @Test
    void aGuestsMessageReachesTheSellerOnlyOnceConfirmedAndBothSidesContinueIt() {
        Sellers.Seller seller = Sellers.registered(api);
        String ad = publishedAd(seller);
        String guest = "lucie-" + UUID.randomUUID() + "@example.test";

        Api.Reply sent = submit(ad, form(ad, guest), client());
        assertEquals(200, sent.status(), sent::toString);
        assertTrue(sent.text().contains("Vérifiez votre boîte e-mail"), sent.text());
        assertTrue(api.get("/api/v1/me/conversations").token(seller.token()).send().json().path("items").isEmpty(),
                "nothing reaches the seller before the guest confirms");

        Mailbox.Letter confirm = mailbox.awaitSubject(guest, "Confirmez l'envoi de votre message : « Peugeot 208 GT Line 2019 »");
        String path = "/contact/confirmer?token=" + confirm.token();
        Api.Reply page = api.get(path).send();
        assertEquals(200, page.status());
        assertTrue(page.text().contains("Confirmer l'envoi"), page.text());
        Api.Reply confirmed = api.post(path, "").header("Content-Type", "application/x-www-form-urlencoded").send();
        assertEquals(303, confirmed.status(), confirmed::toString);
        String guestPage = confirmed.header("Location").orElseThrow();
        String again = api.post(path, "").header("Content-Type", "application/x-www-form-urlencoded").send()
                .header("Location").orElseThrow();
        assertEquals(guestPage.substring(0, guestPage.indexOf('?')), again.substring(0, again.indexOf('?')),
                "confirming twice leads to the same conversation");

        JsonNode inbox = api.get("/api/v1/me/conversations").token(seller.token()).send().json().path("items");
        assertEquals(1, inbox.size(), inbox::toString);
        String id = inbox.get(0).path("id").asText();
        assertEquals("Lucie (visiteur)", inbox.get(0).path("otherParty").path("displayName").asText());
        assertFalse(inbox.toString().contains(guest), "the guest's address is never shown to the seller");
        mailbox.awaitSubject(guest, "Votre message a été transmis : « Peugeot 208 GT Line 2019 »");

        api.post("/api/v1/conversations/" + id + "/messages", Map.of("message", "Oui, toujours disponible."))
                .token(seller.token()).send();
        Mailbox.Letter answer = mailbox.awaitSubject(guest, "Nouveau message : « Peugeot 208 GT Line 2019 »");
        assertTrue(answer.text().contains("Oui, toujours disponible."), answer.text());
        assertFalse(answer.text().contains(seller.email()), "the seller's address is never shown to the guest");

        Api.Reply thread = api.get(guestPage).send();
        assertEquals(200, thread.status(), thread::toString);
        assertTrue(thread.text().contains("Oui, toujours disponible."), thread.text());
        assertTrue(thread.text().contains("&lt;script&gt;") && !thread.text().contains("<script>"), "escaped");
        Api.Reply reply = api.post(guestPage, "message=" + URLEncoder.encode("Je passe samedi.", StandardCharsets.UTF_8))
                .header("Content-Type", "application/x-www-form-urlencoded").send();
        assertEquals(303, reply.status(), reply::toString);
        JsonNode latest = api.get("/api/v1/conversations/" + id + "/messages").token(seller.token()).send().json()
                .path("items").get(0);
        assertEquals("Je passe samedi.", latest.path("text").asText());
        assertEquals("Lucie (visiteur)", latest.path("author").asText());

        assertEquals(204, api.post("/api/v1/conversations/" + id + "/block", null).token(seller.token()).send().status());
        Api.Reply blocked = api.post(guestPage, "message=encore").header("Content-Type", "application/x-www-form-urlencoded")
                .send();
        assertEquals(400, blocked.status(), "a blocked guest writes no more");
    }

    @Test
    void aRobotFillingTheHiddenFieldIsAnsweredAlikeAndNothingIsSent() {
        String ad = publishedAd(Sellers.registered(api));
        String robot = "robot-" + UUID.randomUUID() + "@example.test";
        Map<String, String> f = form(ad, robot);
        f.put("website", "https://spam.example");
        Api.Reply reply = submit(ad, f, client());
        assertEquals(200, reply.status());
        assertTrue(reply.text().contains("Vérifiez votre boîte e-mail"));
        sleep(800);
        assertTrue(mailbox.to(robot).isEmpty());
    }

    @Test
    void aFormFromAnotherSiteOrForAnotherAdIsRefused() {
        String ad = publishedAd(Sellers.registered(api));
        String other = publishedAd(Sellers.registered(api));
        String body = "form=" + URLEncoder.encode(formToken(ad), StandardCharsets.UTF_8)
                + "&name=Eve&email=eve%40example.test&message=Bonjour";
        Api.Reply foreign = api.post("/annonces/" + ad + "/contact", body)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .header("X-Forwarded-For", client()).send();
        assertEquals(403, foreign.status());
        Api.Reply wrongAd = api.post("/annonces/" + other + "/contact", body)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin())
                .header("X-Forwarded-For", client()).send();
        assertEquals(400, wrongAd.status());
        Map<String, String> bad = form(ad, "not-an-address");
        assertEquals(400, submit(ad, bad, client()).status());
        assertEquals(400, api.get("/contact/confirmer?token=forged").send().status());
    }

    @Test
    void aClientSendsAtMostFiveMessagesAnHour() {
        String ad = publishedAd(Sellers.registered(api));
        String client = client() + "." + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertEquals(200, submit(ad, form(ad, "flood-" + UUID.randomUUID() + "@example.test"), client).status());
        }
        Api.Reply sixth = submit(ad, form(ad, "flood-" + UUID.randomUUID() + "@example.test"), client);
        assertEquals(429, sixth.status());
        assertTrue(sixth.header("Retry-After").isPresent());
    }

    @Test
    void thePhoneIsShownOnlyIfTheSellerChoseToAndIsLimitedPerClient() {
        Sellers.Seller discreet = Sellers.registered(api);
        String hidden = publishedAd(discreet);
        assertFalse(api.get("/annonces/" + hidden).send().text().contains("Voir le numéro"));
        Api.Reply refused = api.post("/annonces/" + hidden + "/telephone", "")
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", client()).send();
        assertEquals(404, refused.status());

        Sellers.Seller open = Sellers.registered(api);
        api.patch("/api/v1/me", Map.of("phone", "06 11 22 33 44", "showPhone", true)).token(open.token()).send();
        String shown = publishedAd(open);
        assertTrue(api.get("/annonces/" + shown).send().text().contains("Voir le numéro"));
        String client = client() + "." + UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            Api.Reply reveal = api.post("/annonces/" + shown + "/telephone", "")
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", client).send();
            assertEquals(200, reveal.status());
            assertTrue(reveal.text().contains("06 11 22 33 44"));
        }
        assertEquals(429, api.post("/annonces/" + shown + "/telephone", "")
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", client).send()
                .status());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

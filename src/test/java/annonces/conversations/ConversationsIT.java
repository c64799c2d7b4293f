package annonces.conversations;

import annonces.Api;
import annonces.Eventually;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import annonces.mail.Mailbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static annonces.ProblemAssertions.assertInvalid;
import static annonces.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Buyers and sellers in touch through the service, with e-mail verification required as in production and
 * the digests reaching a real SMTP server. The digest window is 2 s here instead of 15 minutes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationsIT implements TestPropertyProvider {

    private static final String DIGEST_SUBJECT = "Nouveau message : « Peugeot 208 GT Line 2019 »";

    @Inject
    EmbeddedServer server;
    Api api;
    final Mailbox mailbox = Mailbox.shared();

    @Override
    public Map<String, String> getProperties() {
        return mailbox.testProperties("annonces.accounts.require-email-verification", "true",
                "annonces.conversations.digest-every", "2s",
                "annonces.conversations.digest-poll", "200ms",
                "annonces.conversations.digest-initial-delay", "200ms",
                "annonces.conversations.opened-per-hour", "3");
    }

    @BeforeEach
    void setUp() {
        api = new Api(server);
    }

    /** A seller or buyer whose address is confirmed, with a name of its own. */
    private Sellers.Seller person(String name) {
        Sellers.Seller s = Sellers.registered(api);
        String token = mailbox.awaitSubject(s.email(), "Confirmez votre adresse e-mail").token();
        assertEquals(200, api.post("/api/v1/accounts/email-verification", Map.of("token", token)).send().status());
        assertEquals(200, api.patch("/api/v1/me", Map.of("displayName", name)).token(s.token()).send().status());
        return s;
    }

    private String publishedAd(Sellers.Seller seller, ObjectNode ad) {
        Api.Reply created = api.post("/api/v1/listings", ad).token(seller.token()).send();
        assertEquals(201, created.status(), created::toString);
        String id = created.json().path("id").asText();
        Sellers.Seller admin = Sellers.admin(api);
        assertEquals(200, api.post("/api/v1/admin/listings/" + id + "/approve", null).token(admin.token()).send().status());
        return id;
    }

    private Api.Reply write(Sellers.Seller buyer, String listingId, String text) {
        return api.post("/api/v1/listings/" + listingId + "/conversations", Map.of("message", text))
                .token(buyer.token()).send();
    }

    @Test
    void aBuyerWritesTheSellerAnswersAndNeitherSeesTheOthersAddress() {
        Sellers.Seller seller = person("Garage Martin");
        Sellers.Seller buyer = person("Paul");
        String ad = publishedAd(seller, Ads.aCar());

        Api.Reply opened = write(buyer, ad, "Bonjour, la voiture est-elle toujours disponible ?");
        assertEquals(201, opened.status(), opened::toString);
        String id = opened.json().path("id").asText();
        assertEquals("/api/v1/conversations/" + id, opened.header("Location").orElseThrow());
        Api.Reply again = write(buyer, ad, "Je peux venir samedi.");
        assertEquals(200, again.status(), "the same buyer on the same ad continues its thread");
        assertEquals(id, again.json().path("id").asText());

        JsonNode sellerInbox = api.get("/api/v1/me/conversations").token(seller.token()).send().json().path("items");
        JsonNode mine = find(sellerInbox, id);
        assertEquals("SELLER", mine.path("role").asText());
        assertEquals("Paul", mine.path("otherParty").path("displayName").asText());
        assertEquals("Peugeot 208 GT Line 2019", mine.path("listing").path("title").asText());
        assertTrue(mine.path("listing").has("photoUrl"));
        assertEquals(2, mine.path("unreadCount").asInt());
        assertEquals("Je peux venir samedi.", mine.path("lastMessage").path("text").asText());
        assertFalse(mine.path("lastMessage").path("fromMe").asBoolean());

        Api.Reply answered = api.post("/api/v1/conversations/" + id + "/messages",
                Map.of("message", "Oui, samedi 10 h ça me va.")).token(seller.token()).send();
        assertEquals(201, answered.status(), answered::toString);
        JsonNode buyerView = api.get("/api/v1/conversations/" + id).token(buyer.token()).send().json();
        assertEquals("BUYER", buyerView.path("role").asText());
        assertEquals("Garage Martin", buyerView.path("otherParty").path("displayName").asText());
        assertEquals(1, buyerView.path("unreadCount").asInt());
        assertEquals(204, api.post("/api/v1/conversations/" + id + "/read", null).token(buyer.token()).send().status());
        assertEquals(0, api.get("/api/v1/conversations/" + id).token(buyer.token()).send().json().path("unreadCount").asInt());
        assertEquals(0, api.get("/api/v1/conversations/" + id).token(seller.token()).send().json().path("unreadCount").asInt(),
                "answering reads what one answers");

        Api.Reply thread = api.get("/api/v1/conversations/" + id + "/messages").token(buyer.token()).send();
        List<String> texts = new ArrayList<>();
        thread.json().path("items").forEach(m -> texts.add(m.path("text").asText()));
        assertEquals(List.of("Oui, samedi 10 h ça me va.", "Je peux venir samedi.",
                "Bonjour, la voiture est-elle toujours disponible ?"), texts, "newest first");
        for (String text : List.of(thread.text(), sellerInbox.toString(), buyerView.toString())) {
            assertFalse(text.contains(seller.email()) || text.contains(buyer.email()), "no address: " + text);
        }
    }

    @Test
    void nobodyButTheTwoSidesAndAdminsReadsAConversation() {
        Sellers.Seller seller = person("Vendeuse");
        Sellers.Seller buyer = person("Acheteur");
        Sellers.Seller third = person("Curieux");
        String id = write(buyer, publishedAd(seller, Ads.aCar()), "Bonjour").json().path("id").asText();

        for (String path : List.of("/api/v1/conversations/" + id, "/api/v1/conversations/" + id + "/messages")) {
            assertProblem(api.get(path).token(third.token()).send(), 404);
            assertProblem(api.get(path).send(), 401);
        }
        assertProblem(api.post("/api/v1/conversations/" + id + "/messages", Map.of("message", "Je m'invite"))
                .token(third.token()).send(), 404);
        assertProblem(api.post("/api/v1/conversations/" + id + "/read", null).token(third.token()).send(), 404);
        assertProblem(api.post("/api/v1/conversations/" + id + "/block", null).token(third.token()).send(), 404);
        assertProblem(api.get("/api/v1/conversations/" + UUID.randomUUID() + "/messages").token(third.token()).send(), 404);
        assertProblem(api.get("/api/v1/conversations/not-an-id/messages").token(third.token()).send(), 404);
        assertTrue(api.get("/api/v1/me/conversations").token(third.token()).send().json().path("items").isEmpty());
        Sellers.Seller admin = Sellers.admin(api);
        assertEquals(200, api.get("/api/v1/conversations/" + id + "/messages").token(admin.token()).send().status());
    }

    @Test
    void onlyAVerifiedAccountOtherThanTheSellerWritesAboutAPublishedAd() {
        Sellers.Seller seller = person("Vendeur");
        String ad = publishedAd(seller, Ads.aCar());
        assertProblem(write(seller, ad, "Je m'écris"), 409);
        Sellers.Seller unverified = Sellers.registered(api);
        assertProblem(write(unverified, ad, "Bonjour"), 403);

        Api.Reply pending = api.post("/api/v1/listings", Ads.aCar()).token(seller.token()).send();
        assertProblem(write(person("Acheteuse"), pending.json().path("id").asText(), "Bonjour"), 404);
    }

    @Test
    void messagesArePlainTextOfAtMostTwoThousandCharacters() {
        Sellers.Seller seller = person("Vendeur");
        Sellers.Seller buyer = person("Acheteur");
        String ad = publishedAd(seller, Ads.aCar());
        assertInvalid(write(buyer, ad, "x".repeat(2001)), "message");
        assertInvalid(write(buyer, ad, "   "), "message");
        assertInvalid(write(buyer, ad, "Bonjour\u0007"), "message");
        assertInvalid(write(buyer, ad, "Paul\u202Eeniluj"), "message");
        assertEquals(201, write(buyer, ad, "é".repeat(2000)).status(), "2,000 characters, not bytes");
        Api.Reply html = write(buyer, ad, "<b>gras</b>\r\nligne 2 👨‍👩‍👧");
        assertEquals("<b>gras</b>\nligne 2 👨‍👩‍👧", html.json().path("lastMessage").path("text").asText(),
                "kept as text, line breaks as \\n, emoji sequences intact");
    }

    @Test
    void aBlockedBuyerCanWriteNoMoreToTheSeller() {
        Sellers.Seller seller = person("Vendeur");
        Sellers.Seller buyer = person("Insistant");
        String ad = publishedAd(seller, Ads.aCar());
        String other = publishedAd(seller, Ads.someParts());
        String id = write(buyer, ad, "Dernier prix ?").json().path("id").asText();

        assertEquals(204, api.post("/api/v1/conversations/" + id + "/block", null).token(seller.token()).send().status());
        assertTrue(api.get("/api/v1/conversations/" + id).token(seller.token()).send().json().path("blockedByMe").asBoolean());
        assertProblem(api.post("/api/v1/conversations/" + id + "/messages", Map.of("message", "Allô ?"))
                .token(buyer.token()).send(), 403);
        assertProblem(write(buyer, other, "Et celle-ci ?"), 403);
        assertEquals(201, api.post("/api/v1/conversations/" + id + "/messages", Map.of("message", "Non merci."))
                .token(seller.token()).send().status(), "the blocker may still write");

        assertEquals(204, api.delete("/api/v1/conversations/" + id + "/block").token(seller.token()).send().status());
        assertEquals(201, api.post("/api/v1/conversations/" + id + "/messages", Map.of("message", "Pardon."))
                .token(buyer.token()).send().status());
    }

    @Test
    void contactDetailsAndPaymentScamsAreFlaggedToAdminsAndWarnTheReader() {
        Sellers.Seller seller = person("Vendeur");
        Sellers.Seller buyer = person("Arnaqueur");
        String id = write(buyer, publishedAd(seller, Ads.aCar()),
                "Je suis à l'étranger, mon coursier paiera par mandat cash. Appelez le 06 12 34 56 78.")
                .json().path("id").asText();

        JsonNode received = api.get("/api/v1/conversations/" + id + "/messages").token(seller.token()).send().json()
                .path("items").get(0);
        assertEquals(List.of("CONTACT_IN_TEXT", "PAYMENT_SCAM"), strings(received.path("warnings")));
        assertTrue(api.get("/api/v1/conversations/" + id + "/messages").token(buyer.token()).send().json()
                .path("items").get(0).path("warnings").isEmpty(), "the author is not warned about its own text");

        Sellers.Seller admin = Sellers.admin(api);
        JsonNode flagged = api.get("/api/v1/admin/messages?limit=100").token(admin.token()).send().json().path("items");
        JsonNode ours = null;
        for (JsonNode f : flagged) {
            if (f.path("message").path("conversationId").asText().equals(id)) {
                ours = f;
            }
        }
        assertNotNull(ours, flagged::toString);
        assertTrue(ours.path("flags").toString().contains("06 12 34 56 78"), ours::toString);
        assertTrue(ours.path("flags").toString().contains("mandat cash"), ours::toString);
        assertProblem(api.get("/api/v1/admin/messages").token(seller.token()).send(), 403);
    }

    @Test
    void theReaderReportsAMessageIntoTheAdminReports() {
        Sellers.Seller seller = person("Vendeur");
        Sellers.Seller buyer = person("Grossier");
        String id = write(buyer, publishedAd(seller, Ads.aCar()), "Message injurieux").json().path("id").asText();
        String message = api.get("/api/v1/conversations/" + id + "/messages").token(seller.token()).send().json()
                .path("items").get(0).path("id").asText();
        Map<String, Object> notice = Map.of("reason", "OFFENSIVE", "explanation", "Insultes.", "goodFaith", true);

        Api.Reply first = api.post("/api/v1/messages/" + message + "/reports", notice).token(seller.token()).send();
        assertEquals(202, first.status(), first::toString);
        assertTrue(api.post("/api/v1/messages/" + message + "/reports", notice).token(seller.token()).send().json()
                .path("alreadyReported").asBoolean());
        assertProblem(api.post("/api/v1/messages/" + message + "/reports", notice).token(buyer.token()).send(), 409);
        assertProblem(api.post("/api/v1/messages/" + message + "/reports", notice).token(person("Tiers").token()).send(), 404);
        assertInvalid(api.post("/api/v1/messages/" + message + "/reports", Map.of("reason", "NOPE"))
                .token(seller.token()).send(), "reason");

        Sellers.Seller admin = Sellers.admin(api);
        JsonNode reports = api.get("/api/v1/admin/reports/messages").token(admin.token()).send().json();
        JsonNode ours = null;
        for (JsonNode r : reports) {
            if (r.path("message").path("messageId").asText().equals(message)) {
                ours = r;
            }
        }
        assertNotNull(ours, reports::toString);
        assertEquals("OFFENSIVE", ours.path("reason").asText());
        assertEquals("Message injurieux", ours.path("message").path("text").asText());
        assertEquals(204, api.post("/api/v1/admin/reports/messages/" + ours.path("id").asText() + "/resolve", null)
                .token(admin.token()).send().status());
    }

    @Test
    void theOtherSideGetsOneDigestPerWindowWithTheTextsAndALinkToAnswerButNoAddress() {
        Sellers.Seller seller = person("Garage Martin");
        Sellers.Seller buyer = person("Paul");
        String id = write(buyer, publishedAd(seller, Ads.aCar()), "Première question <b>en gras</b> ?")
                .json().path("id").asText();

        Mailbox.Letter first = mailbox.awaitSubject(seller.email(), DIGEST_SUBJECT);
        assertTrue(first.text().contains("Paul vous a écrit"), first.text());
        assertTrue(first.text().contains("Première question <b>en gras</b> ?"), first.text());
        assertTrue(first.html().contains("Première question &lt;b&gt;en gras&lt;/b&gt; ?"), "escaped: " + first.html());
        assertFalse(first.text().contains(buyer.email()) || first.html().contains(buyer.email()), "no address");
        assertNotNull(first.header("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", first.header("List-Unsubscribe-Post"));

        api.post("/api/v1/conversations/" + id + "/messages", Map.of("message", "Deuxième")).token(buyer.token()).send();
        api.post("/api/v1/conversations/" + id + "/messages", Map.of("message", "Troisième")).token(buyer.token()).send();
        List<Mailbox.Letter> digests = awaitDigests(seller, 2);
        assertEquals(2, digests.size(), "one more digest for two messages");
        assertTrue(digests.get(1).text().contains("Deuxième") && digests.get(1).text().contains("Troisième"),
                digests.get(1).text());
        assertFalse(digests.get(1).text().contains("Première"), "only what was not mailed yet");

        String token = digests.get(1).token();
        Api.Reply page = api.get("/messages/" + id + "?token=" + token).send();
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.text().contains("Troisième") && page.text().contains("Paul"), page.text());
        assertTrue(page.text().contains("&lt;b&gt;en gras"), "escaped on the page too");
        Api.Reply answered = api.post("/messages/" + id + "?token=" + token, "message="
                        + URLEncoder.encode("Réponse depuis l'e-mail", StandardCharsets.UTF_8))
                .header("Content-Type", "application/x-www-form-urlencoded").send();
        assertEquals(303, answered.status(), answered::toString);
        JsonNode latest = api.get("/api/v1/conversations/" + id + "/messages").token(buyer.token()).send().json()
                .path("items").get(0);
        assertEquals("Réponse depuis l'e-mail", latest.path("text").asText());
        assertEquals("Garage Martin", latest.path("author").asText());

        assertEquals(400, api.get("/messages/" + id + "?token=" + token + "x").send().status(), "a tampered link");
        assertEquals(400, api.get("/messages/" + UUID.randomUUID() + "?token=" + token).send().status(),
                "a link of another conversation");
    }

    @Test
    void theUnsubscribeButtonStopsTheDigests() {
        Sellers.Seller seller = person("Vendeur");
        Sellers.Seller buyer = person("Acheteur");
        String id = write(buyer, publishedAd(seller, Ads.aCar()), "Bonjour").json().path("id").asText();
        Mailbox.Letter digest = mailbox.awaitSubject(seller.email(), DIGEST_SUBJECT);
        String unsubscribe = digest.header("List-Unsubscribe");
        String path = unsubscribe.substring(unsubscribe.indexOf("/compte/"), unsubscribe.length() - 1);

        assertEquals(200, api.get(path).send().status(), "a page with a button: a link preview changes nothing");
        assertTrue(api.get("/api/v1/me").token(seller.token()).send().json().path("emailNotifications").asBoolean());
        Api.Reply oneClick = api.post(path, "List-Unsubscribe=One-Click")
                .header("Content-Type", "application/x-www-form-urlencoded").send();
        assertEquals(200, oneClick.status(), oneClick::toString);
        assertFalse(api.get("/api/v1/me").token(seller.token()).send().json().path("emailNotifications").asBoolean());

        api.post("/api/v1/conversations/" + id + "/messages", Map.of("message", "Toujours là ?")).token(buyer.token()).send();
        sleep(3000);
        assertEquals(1, digests(seller).size(), "no more digests");
        assertEquals(400, api.post("/compte/desabonnement?token=forged", "List-Unsubscribe=One-Click")
                .header("Content-Type", "application/x-www-form-urlencoded").send().status());
    }

    @Test
    void newConversationsAreLimitedPerAccount() {
        Sellers.Seller seller = person("Vendeur");
        Sellers.Seller buyer = person("Pressé");
        for (int i = 0; i < 3; i++) {
            assertEquals(201, write(buyer, publishedAd(seller, Ads.aCar()), "Bonjour " + i).status());
        }
        Api.Reply fourth = write(buyer, publishedAd(seller, Ads.aCar()), "Bonjour 3");
        assertProblem(fourth, 429);
        assertTrue(fourth.header("Retry-After").isPresent());
    }

    @Test
    void theInboxPagesNewestActivityFirst() {
        Sellers.Seller seller = person("Vendeur");
        Sellers.Seller buyer = person("Acheteur");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(write(buyer, publishedAd(seller, Ads.someParts()), "Question " + i).json().path("id").asText());
        }
        api.post("/api/v1/conversations/" + ids.get(0) + "/messages", Map.of("message", "Relance"))
                .token(buyer.token()).send();

        Api.Reply page1 = api.get("/api/v1/me/conversations?limit=2").token(buyer.token()).send();
        Api.Reply page2 = api.get("/api/v1/me/conversations?limit=2&cursor="
                + page1.json().path("nextCursor").asText()).token(buyer.token()).send();
        List<String> seen = new ArrayList<>();
        page1.json().path("items").forEach(c -> seen.add(c.path("id").asText()));
        page2.json().path("items").forEach(c -> seen.add(c.path("id").asText()));
        assertEquals(List.of(ids.get(0), ids.get(2), ids.get(1)), seen);
        assertTrue(page2.json().path("nextCursor").isNull());
        assertInvalid(api.get("/api/v1/me/conversations?cursor=forged").token(buyer.token()).send(), "cursor");
    }

    private List<Mailbox.Letter> digests(Sellers.Seller seller) {
        return mailbox.to(seller.email()).stream().filter(l -> l.subject().equals(DIGEST_SUBJECT)).toList();
    }

    private List<Mailbox.Letter> awaitDigests(Sellers.Seller seller, int count) {
        Eventually.until(() -> digests(seller).size() >= count, count + " digests to " + seller.email());
        sleep(500);
        return digests(seller);
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " not in " + items);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

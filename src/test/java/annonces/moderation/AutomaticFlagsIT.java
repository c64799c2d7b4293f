package annonces.moderation;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AutomaticFlagsIT {

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
    void theSameSellersSecondAquarelleIsFlaggedAsADuplicateOfTheFirst() {
        String first = create(anAquarelle("Aquarelle peinture de la collection, 2000, 94x74cm", "2000", "Seine",
                "bleus"));
        String second = create(anAquarelle("Peinture de collection aquarelle, 1999, 94 x 74 cm", "1999", "Marne",
                "verts"));

        JsonNode duplicate = flag(ownView(second), "POSSIBLE_DUPLICATE");
        assertEquals(first, duplicate.path("listingId").asText());
        assertTrue(duplicate.path("detail").asText().contains(first), duplicate::toString);
        assertEquals(first, flag(adminView(second), "POSSIBLE_DUPLICATE").path("listingId").asText());
    }

    @Test
    void contactDetailsForbiddenWordsAndShoutingAreFlaggedAndNamed() {
        ObjectNode ad = Ads.aTable();
        ad.put("title", "TABLE EN CHENE MASSIF A SAISIR");
        ad.put("description", "Pas de connard svp. Appelez le zéro six douze 34 56 78 ou jean arobase gmail point fr");
        String id = create(ad);

        JsonNode own = ownView(id);
        assertEquals(List.of("connard"), texts(flag(own, "FORBIDDEN_WORDS").path("words")));
        List<String> contacts = texts(flag(own, "CONTACT_IN_TEXT").path("words"));
        assertEquals(2, contacts.size(), contacts::toString);
        assertTrue(flag(own, "SHOUTING").path("detail").asText().contains("title"));
        assertEquals(3, adminView(id).path("moderation").path("flags").size(), () -> adminView(id).toString());
    }

    @Test
    void flagsFollowAnEditWithoutMakingTheSellersVersionStale() {
        ObjectNode ad = Ads.aTable();
        ad.put("description", "180 x 90 cm. Tel 06 12 34 56 78");
        String id = create(ad);
        JsonNode flagged = ownView(id);
        flag(flagged, "CONTACT_IN_TEXT");
        assertEquals(0, flagged.path("version").asInt());

        Api.Reply edited = api.patch("/api/v1/listings/" + id, Map.of("description", "180 x 90 cm, quelques rayures."))
                .token(seller.token()).header("If-Match", "\"0\"").send();

        assertEquals(200, edited.status(), edited::toString);
        assertEquals(0, ownView(id).path("moderation").path("flags").size(), () -> ownView(id).toString());
    }

    @Test
    void aPriceFarBelowThePublishedMedianIsAnOutlierAndAMissingPriceIsNot() {
        for (int i = 0; i < 5; i++) {
            String id = create(aVanInCorsica("Renault Trafic L" + i + "H1", 2_000_000 + i * 100_000L));
            Api.Reply approved = api.post("/api/v1/admin/listings/" + id + "/approve", Map.of()).token(admin.token())
                    .send();
            assertEquals(200, approved.status(), approved::toString);
        }

        String cheap = create(aVanInCorsica("Fourgon aménagé", 15_000));
        String fair = create(aVanInCorsica("Fourgon tôlé", 1_900_000));

        String detail = flag(ownView(cheap), "PRICE_OUTLIER").path("detail").asText();
        assertTrue(detail.startsWith("150 € against a median of"), detail);
        assertTrue(detail.contains("VAN in department 2A"), detail);
        assertTrue(codes(ownView(fair)).stream().noneMatch(c -> c.startsWith("PRICE")), () -> ownView(fair).toString());
    }

    private static ObjectNode anAquarelle(String title, String year, String river, String tones) {
        ObjectNode ad = Ads.aTable();
        ad.put("subcategory", "COLLECTION");
        ad.put("title", title);
        ad.put("description", "Aquarelle originale signée, peinte en " + year + ", issue de ma collection personnelle. "
                + "Paysage de bord de " + river + " aux tons " + tones + " et ocre, format 94 x 74 cm encadré sous "
                + "verre. Très bon état, sans tache ni décoloration. À retirer sur place dans le 12e arrondissement.");
        ad.put("priceCents", 12_000);
        ad.putObject("location").put("postcode", "75012").put("city", "Paris 12eme arrondissement");
        ad.putObject("attributes").put("condition", "LIKE_NEW");
        return ad;
    }

    private static ObjectNode aVanInCorsica(String title, long priceCents) {
        ObjectNode ad = Ads.aCar();
        ad.put("subcategory", "VAN");
        ad.put("title", title);
        ad.put("description", "");
        ad.put("priceCents", priceCents);
        ad.putObject("location").put("postcode", "20000").put("city", "Ajaccio");
        return ad;
    }

    @Test
    void implausibleValuesAndPaymentScamPhrasesAreFlaggedInTheAnswerToThePostItself() {
        ObjectNode chair = Ads.aTable();
        chair.put("title", "Chaise de jardin");
        chair.put("priceCents", 99_999_999_900L);
        chair.put("description", "Paiement par coupon PCS uniquement, envoi par coursier.");

        Api.Reply created = api.post("/api/v1/listings", chair).token(seller.token()).send();

        assertEquals(201, created.status(), created::toString);
        JsonNode implausible = flag(created.json(), "IMPLAUSIBLE_VALUE");
        assertTrue(implausible.path("detail").asText().contains("999,999,999 €"), implausible::toString);
        JsonNode scam = flag(created.json(), "PAYMENT_SCAM");
        assertEquals(2, scam.path("words").size(), scam::toString);

        ObjectNode house = Ads.aHouseSale();
        ((ObjectNode) house.path("attributes")).put("surfaceM2", 90_000);
        Api.Reply mansion = api.post("/api/v1/listings", house).token(seller.token()).send();
        assertEquals(201, mansion.status(), mansion::toString);
        assertTrue(flag(mansion.json(), "IMPLAUSIBLE_VALUE").path("detail").asText().contains("90000 m²"),
                mansion::toString);

        Api.Reply patched = api.patch("/api/v1/listings/" + created.json().path("id").asText(),
                Map.of("priceCents", 2500, "description", "Bon état.")).token(seller.token()).send();
        assertEquals(200, patched.status(), patched::toString);
        assertEquals(0, patched.json().path("moderation").path("flags").size(), "the PATCH answer has the new flags: "
                + patched);
    }

    @Test
    void anUnfurnishedClassGRentIsFlaggedAsNoLongerLettableButNotAFurnishedOneNorClassFBefore2028() {
        JsonNode g = post(aRent(false, "G"));
        JsonNode furnished = post(aRent(true, "G"));
        JsonNode f = post(aRent(false, "F"));

        assertTrue(flag(g, "RENTAL_BAN").path("detail").asText().contains("class G may not be let on a new lease "
                + "since 2025-01-01"), g::toString);
        assertTrue(codes(furnished).stream().noneMatch("RENTAL_BAN"::equals), furnished::toString);
        assertTrue(codes(f).stream().noneMatch("RENTAL_BAN"::equals), "class F only from 2028: " + f);
    }

    private ObjectNode aRent(boolean furnished, String energyClass) {
        ObjectNode rent = Ads.aFurnishedRent();
        ObjectNode a = (ObjectNode) rent.path("attributes");
        a.put("furnished", furnished).put("energyClass", energyClass).put("ghgClass", energyClass)
                .put("depositCents", 0);
        return rent;
    }

    private JsonNode post(ObjectNode ad) {
        Api.Reply created = api.post("/api/v1/listings", ad).token(seller.token()).send();
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    @Test
    void anHonestDearAdIsNotImplausible() {
        ObjectNode castle = Ads.aHouseSale();
        castle.put("priceCents", 1_250_000_000L);
        ((ObjectNode) castle.path("attributes")).put("surfaceM2", 1_200).put("rooms", 25);

        Api.Reply created = api.post("/api/v1/listings", castle).token(seller.token()).send();

        assertEquals(201, created.status(), created::toString);
        for (JsonNode f : created.json().path("moderation").path("flags")) {
            assertTrue(!f.path("code").asText().equals("IMPLAUSIBLE_VALUE"), created::toString);
        }
    }

    private String create(ObjectNode ad) {
        Api.Reply reply = api.post("/api/v1/listings", ad).token(seller.token()).send();
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().path("id").asText();
    }

    private JsonNode ownView(String id) {
        Api.Reply reply = api.get("/api/v1/listings/" + id).token(seller.token()).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** The ad as the moderation queue shows it, paging through whatever other tests left pending. */
    private JsonNode adminView(String id) {
        String cursor = null;
        do {
            Api.Reply page = api.get("/api/v1/admin/listings?limit=100" + (cursor == null ? "" : "&cursor=" + cursor))
                    .token(admin.token()).send();
            assertEquals(200, page.status(), page::toString);
            for (JsonNode item : page.json().path("items")) {
                if (item.path("id").asText().equals(id)) {
                    return item;
                }
            }
            cursor = page.json().path("nextCursor").isTextual() ? page.json().path("nextCursor").asText() : null;
        } while (cursor != null);
        throw new AssertionError(id + " is not in the moderation queue");
    }

    private static JsonNode flag(JsonNode view, String code) {
        for (JsonNode flag : view.path("moderation").path("flags")) {
            if (flag.path("code").asText().equals(code)) {
                return flag;
            }
        }
        throw new AssertionError("No " + code + " flag in " + view.path("moderation"));
    }

    private static List<String> codes(JsonNode view) {
        return texts(view.path("moderation").path("flags").findValues("code"));
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}

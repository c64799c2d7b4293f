package annonces.search;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static annonces.ProblemAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The searches French readers make, on the news page's ads (seeded) and ads published at once. */
@MicronautTest(transactional = false)
@Property(name = "annonces.seed", value = "true")
@Property(name = "annonces.moderation.pre-publication", value = "false")
class SearchIT {

    @Inject
    EmbeddedServer server;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server);
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
            "tronconneuse        | Tronçonneuse tarmique",
            "TRONÇONNEUSE        | Tronçonneuse tarmique",
            "maisons meublées    | Location Maison Neuve Meublée ROYAN",
            "yaris               | Toyota Yaris IV Première 2021 en très bon état",
            "cosy                | Maxi cosy",
            "viager ardeche      | viager en Ardèche",
            "tronçoneuse         | Tronçonneuse tarmique",
            "aquarel             | Aquarelle peinture de la collection, 2000, 94x74cm",
            "aquarelle           | Peinture de collection aquarelle, 1999, 94 x 74 cm"})
    void frenchReadersFindWhatTheyMean(String q, String title) {
        assertTrue(titles(search("q=" + encode(q))).contains(title), () -> q + " -> " + titles(search("q=" + encode(q))));
    }

    @Test
    void aBrandOrAPropertyTypeFindsItsAdsThroughTheirAttributes() {
        Sellers.Seller seller = Sellers.registered(api);
        ObjectNode car = Ads.aCar();
        car.put("title", "Citadine de 2019 très économique");
        // A place of its own: other tests post Peugeots with the brand in their title, which rank first.
        car.putObject("location").put("postcode", "07690").put("city", "Villevocance");
        api.post("/api/v1/listings", car).token(seller.token()).send();

        assertTrue(titles(search("q=peugeot&category=VEHICLES&postcode=07690")).contains("Citadine de 2019 très économique"));
    }

    @Test
    void aTitleWordWeighsMoreThanADescriptionWord() {
        Sellers.Seller seller = Sellers.registered(api);
        String word = "xylophone" + System.nanoTime() % 1000;
        ObjectNode inTitle = Ads.aTable();
        inTitle.put("title", "Vends " + word + " ancien");
        inTitle.put("description", "Bon état.");
        ObjectNode inDescription = Ads.aTable();
        inDescription.put("title", "Lot de jouets anciens");
        inDescription.put("description", "Avec un " + word + " et des cubes.");
        api.post("/api/v1/listings", inDescription).token(seller.token()).send();
        api.post("/api/v1/listings", inTitle).token(seller.token()).send();

        List<String> ranked = titles(search("q=" + word + "&sort=relevance"));
        assertEquals(List.of("Vends " + word + " ancien", "Lot de jouets anciens"), ranked);
    }

    @Test
    void filtersCombine() {
        JsonNode rents = search("category=REAL_ESTATE&subcategory=RENT&furnished=true&department=17");
        assertTrue(titles(rents).contains("Location Maison Neuve Meublée ROYAN"));
        rents.path("items").forEach(i -> {
            assertEquals("RENT", i.path("subcategory").asText());
            assertEquals("17", i.path("location").path("department").path("code").asText());
        });
        assertTrue(titles(search("region=28&category=GOODS")).contains("Maxi cosy"));
        assertFalse(titles(search("region=84&category=GOODS")).contains("Maxi cosy"));
    }

    @Test
    void facetsCountTheSameSearch() {
        JsonNode result = search("q=aquarelle&facets=true");
        JsonNode facets = result.path("facets");
        assertFalse(facets.path("approximate").asBoolean());
        assertTrue(facets.path("total").asLong() >= 2);
        JsonNode goods = facets.path("category").get(0);
        assertEquals("GOODS", goods.path("value").asText());
        assertEquals("Bonnes affaires", goods.path("label").asText());
        assertTrue(facets.path("department").findValuesAsText("value").contains("75"));
        assertTrue(search("q=aquarelle").path("facets").isMissingNode(), "facets only when asked for");
    }

    @Test
    void unknownParametersAndValuesAreRefusedByName() {
        assertInvalid(api.get("/api/v1/listings?colour=red").send(), "colour");
        assertInvalid(api.get("/api/v1/listings?category=BOATS").send(), "category");
        assertInvalid(api.get("/api/v1/listings?limit=101").send(), "limit");
        assertInvalid(api.get("/api/v1/listings?limit=0").send(), "limit");
        assertInvalid(api.get("/api/v1/listings?minPriceCents=cheap").send(), "minPriceCents");
        assertInvalid(api.get("/api/v1/listings?sort=random").send(), "sort");
        assertInvalid(api.get("/api/v1/listings?category=VEHICLES&subcategory=RENT").send(), "subcategory");
        assertInvalid(api.get("/api/v1/listings?category=GOODS&category=VEHICLES").send(), "category");
        assertInvalid(api.get("/api/v1/listings?sort=relevance").send(), "sort");
        assertInvalid(api.get("/api/v1/listings?minPriceCents=5000&maxPriceCents=100").send(), "maxPriceCents");
    }

    @Test
    void aForgedOrForeignCursorIsA400() {
        JsonNode first = search("limit=1");
        String cursor = first.path("nextCursor").asText();
        assertNotNull(cursor);
        assertInvalid(api.get("/api/v1/listings?limit=1&cursor=" + cursor.substring(0, cursor.length() - 2) + "xx")
                .send(), "cursor");
        assertInvalid(api.get("/api/v1/listings?limit=1&category=GOODS&cursor=" + cursor).send(), "cursor");
        assertInvalid(api.get("/api/v1/listings?cursor=%00%01").send(), "cursor");
    }

    @Test
    void onlyPublishedAdsAreFound() {
        JsonNode all = search("limit=100&q=renault");
        assertFalse(titles(all).contains("renault captur techno full hybride etech 145"), "the pending seed");
        all.path("items").forEach(i -> assertEquals("PUBLISHED", i.path("status").asText()));
        all.path("items").forEach(i -> assertTrue(i.path("moderation").isMissingNode()));
    }

    @Test
    void theDefaultPageIsTwentyNewestFirst() {
        JsonNode page = search("");
        assertTrue(page.path("items").size() <= 20);
        List<String> published = new ArrayList<>();
        page.path("items").forEach(i -> published.add(i.path("publishedAt").asText()));
        List<String> sorted = new ArrayList<>(published);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, published);
    }

    private JsonNode search(String query) {
        Api.Reply reply = api.get("/api/v1/listings?" + query).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static List<String> titles(JsonNode result) {
        List<String> titles = new ArrayList<>();
        result.path("items").forEach(i -> titles.add(i.path("title").asText()));
        return titles;
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

}

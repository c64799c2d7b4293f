package annonces.embed;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import annonces.photos.PhotoClient;
import annonces.photos.Pictures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static annonces.ProblemAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The block as the news site gets it. Each test publishes its ads in a commune of its own and asks for the
 * block of that postcode, so that it sees only its ads.
 */
@MicronautTest(transactional = false)
@Property(name = "annonces.moderation.pre-publication", value = "false")
@Property(name = "annonces.embed.origins", value = "https://news.example.test,https://www.tendanceouest.com")
class WidgetIT {

    private static final Pattern CARD = Pattern.compile(
            "<li>(?:<img class=\"photo\"[^>]*>|<span class=\"photo placeholder\"[^>]*></span>)"
                    + "<span class=\"title\">(.*?)</span> <span class=\"place\">(.*?)</span> <span class=\"price\">(.*?)</span>"
                    + " <span class=\"seller\">(?:Particulier|Professionnel)</span> <a class=\"more\" href=\"(.*?)\"");

    @Inject
    EmbeddedServer server;
    @Inject
    RenderedPages pages;
    Api api;
    Sellers.Seller seller;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        seller = Sellers.registered(api);
    }

    @Test
    void theBlockShowsThreeSectionsInTheNewsSitesOrderWithPricesAsFrenchReadersWriteThem() {
        publish(at(Ads.aCar(), "Opel Corsa électrique", 1620000, "09000", "Foix"));
        publish(at(Ads.aTable(), "Maxi cosy", 0, "09000", "Foix"));
        publish(at(Ads.aFurnishedRent(), "Location Maison Neuve Meublée", 95000, "09000", "Foix"));
        publish(at(Ads.aViager(), "viager en Ardèche", 6000000, "09000", "Foix"));

        Api.Reply block = api.get("/widget?postcode=09000").send();

        assertEquals(200, block.status(), block::toString);
        assertTrue(block.contentType().startsWith("text/html"), block.contentType());
        String html = block.text();
        assertTrue(html.indexOf(">Immobilier<") < html.indexOf(">Automobile<")
                && html.indexOf(">Automobile<") < html.indexOf(">Bonnes affaires<"), "sections in the site's order");
        List<List<String>> cards = cards(html);
        assertEquals(List.of(
                List.of("viager en Ardèche", "Foix (09000)", "Bouquet 60 000 € + 450 €/mois"),
                List.of("Location Maison Neuve Meublée", "Foix (09000)", "950 € / mois CC"),
                List.of("Opel Corsa électrique", "Foix (09000)", "16 200 €"),
                List.of("Maxi cosy", "Foix (09000)", "Gratuit")), cards.stream().map(c -> c.subList(0, 3)).toList());
        assertTrue(cards.stream().allMatch(c -> c.get(3).matches("/annonces/[0-9a-f-]{36}")), cards::toString);
        assertTrue(html.contains(">Découvrir</a>"));
        assertFalse(html.contains("Prix non renseigné"));
        assertTrue(block.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 30 * 1024);
    }

    @Test
    void aHostileTitleIsShownAsText() {
        publish(at(Ads.aTable(), "<script>alert(1)</script> \"><img src=x onerror=alert(2)>", 1000, "04400", "Barcelonnette"));

        String html = api.get("/widget?postcode=04400").send().text();

        assertFalse(html.contains("<script>alert(1)"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        String json = api.get("/api/v1/widget?postcode=04400&categories=GOODS").send().json()
                .path("sections").get(0).path("listings").get(0).path("title").asText();
        assertTrue(json.startsWith("<script>alert(1)</script>"), "JSON carries the text as it is: " + json);
    }

    @Test
    void aCardCarriesItsFirstPhotosThumbnailWithItsDimensionsAndNoneWithoutAPhoto() {
        String pictured = publish(at(Ads.aTable(), "Buffet avec photo", 9000, "05000", "Gap"));
        new PhotoClient(server).uploadJpeg(pictured, Pictures.jpeg(1200, 1600, 7), seller.token());
        publish(at(Ads.aTable(), "Buffet sans photo", 9000, "05000", "Gap"));

        JsonNode cards = api.get("/api/v1/widget?postcode=05000&categories=GOODS").send().json()
                .path("sections").get(0).path("listings");
        String html = api.get("/widget?postcode=05000&categories=GOODS").send().text();

        JsonNode thumbnail = cards.get(1).path("thumbnail");
        assertTrue(thumbnail.path("url").asText().matches("/photos/[0-9a-f-]{36}/thumbnail\\.jpg"), cards::toString);
        assertEquals(240, thumbnail.path("width").asInt(), "a portrait 1200 x 1600 is a 240 x 320 thumbnail");
        assertEquals(320, thumbnail.path("height").asInt());
        assertTrue(cards.get(0).path("thumbnail").isNull(), cards::toString);
        assertTrue(html.contains("<img class=\"photo\" src=\"" + thumbnail.path("url").asText()
                + "\" alt=\"Buffet avec photo\" width=\"240\" height=\"320\" loading=\"lazy\""), html);
        assertTrue(html.contains("<span class=\"photo placeholder\" role=\"img\" aria-label=\"Pas de photo\"></span>"
                + "<span class=\"title\">Buffet sans photo</span>"), html);
    }

    @Test
    void aRegionalBlockWithNothingInASectionShowsTheNextWiderAreaAndSaysSo() {
        // Belfort (90) has a table and no car; Besançon, in the same region, has a car.
        publish(at(Ads.aTable(), "Armoire à Belfort", 30000, "90000", "Belfort"));
        publish(at(Ads.aCar(), "Renault Zoé à Besançon", 900000, "25000", "Besançon"));

        JsonNode sections = api.get("/api/v1/widget?postcode=90000&categories=GOODS,VEHICLES").send().json()
                .path("sections");
        String html = api.get("/widget?postcode=90000&categories=GOODS,VEHICLES").send().text();

        JsonNode cars = sections.get(0);
        assertEquals("VEHICLES", cars.path("category").asText());
        assertEquals("Rien près de 90000 pour l'instant : voici les annonces de la région Bourgogne-Franche-Comté.",
                cars.path("notice").asText(), cars::toString);
        assertTrue(cars.path("listings").toString().contains("Renault Zoé à Besançon"), cars::toString);
        JsonNode goods = sections.get(1);
        assertTrue(goods.path("notice").isNull(), "a section with ads of its own says nothing: " + goods);
        assertTrue(html.contains("<p class=\"notice\">Rien près de 90000 pour l"), html);
    }

    @Test
    void longTitlesAreFoldedAndCutAtAWord() {
        publish(at(Ads.aTable(), "     Location Maison Neuve Meublée ROYAN                  m2 avec garage 20 m2 et une très"
                + " grande cave environ 40 m2 (com", 1000, "23000", "Guéret"));

        String title = cards(api.get("/widget?postcode=23000&categories=GOODS").send().text()).get(0).get(0);

        assertTrue(title.startsWith("Location Maison Neuve Meublée ROYAN m2 avec garage"), title);
        assertTrue(title.endsWith("…") && title.length() <= Titles.BLOCK_LENGTH, title);
    }

    @Test
    void filtersChooseTheSectionsTheirSizeAndThePlace() {
        for (int i = 0; i < 3; i++) {
            publish(at(Ads.aTable(), "Lot de livres " + i, 500, "48000", "Mende"));
        }
        publish(at(Ads.aCar(), "Clio à Mende", 500000, "48000", "Mende"));
        // Normandie has a car of its own: its section shows it, not the nearest others (no fallback)
        publish(at(Ads.aCar(), "Clio à Caen", 500000, "14000", "Caen"));

        String html = api.get("/widget?postcode=48000&categories=GOODS&perCategory=2").send().text();

        assertFalse(html.contains(">Immobilier<") || html.contains(">Automobile<"), html);
        assertEquals(List.of("Lot de livres 2", "Lot de livres 1"), cards(html).stream().map(c -> c.get(0)).toList());
        assertTrue(cards(api.get("/widget?department=48&categories=VEHICLES").send().text()).stream()
                .anyMatch(c -> c.get(0).equals("Clio à Mende")));
        assertTrue(cards(api.get("/widget?region=76&categories=VEHICLES&perCategory=12").send().text()).stream()
                .anyMatch(c -> c.get(0).equals("Clio à Mende")), "Lozère is in Occitanie (76)");
        assertFalse(cards(api.get("/widget?region=28&categories=VEHICLES&perCategory=12").send().text()).stream()
                .anyMatch(c -> c.get(0).equals("Clio à Mende")), "not in Normandie (28)");
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        assertInvalid(api.get("/widget?colour=red").send(), "colour");
        assertInvalid(api.get("/widget?categories=BOATS").send(), "categories");
        assertInvalid(api.get("/widget?perCategory=0").send(), "perCategory");
        assertInvalid(api.get("/widget?perCategory=13").send(), "perCategory");
        assertInvalid(api.get("/widget?perCategory=four").send(), "perCategory");
        assertInvalid(api.get("/widget?region=99").send(), "region");
        assertInvalid(api.get("/widget?department=96").send(), "department");
        assertInvalid(api.get("/widget?postcode=00000").send(), "postcode");
        assertInvalid(api.get("/widget?region=28&region=11").send(), "region");
        assertInvalid(api.get("/api/v1/widget?categories=GOODS,CARS").send(), "categories");
    }

    @Test
    void pagesCarryAnETagAndAnswer304WhenUnchanged() {
        Api.Reply first = api.get("/widget?department=50").send();
        String etag = first.header("ETag").orElseThrow();
        String cache = first.header("Cache-Control").orElseThrow();
        assertTrue(cache.contains("public") && cache.contains("s-maxage=") && cache.contains("stale-while-revalidate="), cache);

        Api.Reply again = api.get("/widget?department=50").header("If-None-Match", etag).send();
        assertEquals(304, again.status());
        assertEquals(etag, again.header("ETag").orElseThrow());
        assertEquals("", again.text());
        assertEquals(200, api.get("/widget?department=50").header("If-None-Match", "\"other\"").send().status());
    }

    @Test
    void onlyTheConfiguredNewsSitesMayFrameTheBlock() {
        Api.Reply block = api.get("/widget").send();
        String policy = block.header("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("frame-ancestors 'self' https://news.example.test https://www.tendanceouest.com"), policy);
        assertTrue(policy.contains("default-src 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertEquals("nosniff", block.header("X-Content-Type-Options").orElseThrow());
        assertEquals("strict-origin-when-cross-origin", block.header("Referrer-Policy").orElseThrow());
    }

    @Test
    void theJsonIsReadableByTheNewsSitesOnly() {
        Api.Reply allowed = api.get("/api/v1/widget").header("Origin", "https://news.example.test").send();
        assertEquals(200, allowed.status());
        assertEquals("https://news.example.test", allowed.header("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("ETag", allowed.header("Access-Control-Expose-Headers").orElseThrow());
        assertTrue(allowed.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Origin")));

        Api.Reply foreign = api.get("/api/v1/widget").header("Origin", "https://evil.example").send();
        assertEquals(200, foreign.status(), "same data as the public page; the browser keeps it from the other site");
        assertTrue(foreign.header("Access-Control-Allow-Origin").isEmpty());
        assertTrue(foreign.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Origin")));
    }

    @Test
    void aNewsSitesPreflightIsAnsweredAndOthersAreNot() {
        Api.Reply allowed = api.options("/api/v1/widget").header("Origin", "https://news.example.test")
                .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "if-none-match")
                .send();
        assertEquals(204, allowed.status(), allowed::toString);
        assertEquals("https://news.example.test", allowed.header("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(allowed.header("Access-Control-Allow-Methods").orElseThrow().contains("GET"));
        assertTrue(allowed.header("Access-Control-Allow-Headers").orElseThrow().contains("If-None-Match"));

        Api.Reply foreign = api.options("/api/v1/widget").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET").send();
        assertTrue(foreign.header("Access-Control-Allow-Origin").isEmpty());
        assertTrue(foreign.header("Access-Control-Allow-Methods").isEmpty());
    }

    @Test
    void theJsonHasTheSameContentAsTheBlock() {
        publish(at(Ads.aFurnishedRent(), "Studio meublé centre", 45000, "05000", "Gap"));

        JsonNode block = api.get("/api/v1/widget?postcode=05000").send().json();

        List<String> labels = new ArrayList<>();
        block.path("sections").forEach(s -> labels.add(s.path("label").asText()));
        assertEquals(List.of("Immobilier", "Automobile", "Bonnes affaires"), labels);
        JsonNode ad = block.path("sections").get(0).path("listings").get(0);
        assertEquals("Studio meublé centre", ad.path("title").asText());
        assertEquals("Gap (05000)", ad.path("place").asText());
        assertEquals("450 € / mois CC", ad.path("price").asText());
        assertEquals(45000, ad.path("priceCents").asLong());
        assertEquals("/annonces/" + ad.path("id").asText(), ad.path("url").asText());
    }

    @Test
    void aPageViewIsServedFromMemoryUntilAnAdChanges() {
        String url = "/widget?postcode=15000&categories=GOODS";
        String id = publish(at(Ads.aTable(), "Buffet ancien", 20000, "15000", "Aurillac"));
        long renders = settled(url);

        for (int i = 0; i < 5; i++) {
            assertTrue(api.get(url).send().text().contains("Buffet ancien"));
        }
        assertEquals(renders, pages.renders(), "no render, hence no query, while nothing changed");

        ObjectNode price = Ads.aTable().removeAll();
        price.put("priceCents", 18000);
        assertEquals(200, api.patch("/api/v1/listings/" + id, price).token(seller.token()).send().status());
        assertTrue(api.get(url).send().text().contains("180 €"), "the change shows at once on this instance");

        assertEquals(204, api.delete("/api/v1/listings/" + id).token(seller.token()).send().status());
        assertFalse(api.get(url).send().text().contains("Buffet ancien"), "a withdrawn ad leaves the block");
    }

    /**
     * The render count once the block is cached and the database's notification of the last write (which
     * arrives a moment after this instance's own invalidation) has been handled.
     */
    private long settled(String url) {
        api.get(url).send();
        long before;
        do {
            before = pages.renders();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            api.get(url).send();
        } while (pages.renders() != before);
        return before;
    }

    private String publish(ObjectNode ad) {
        Api.Reply created = api.post("/api/v1/listings", ad).token(seller.token()).send();
        assertEquals(201, created.status(), created::toString);
        assertEquals("PUBLISHED", created.json().path("status").asText(), created::toString);
        return created.json().path("id").asText();
    }

    private static ObjectNode at(ObjectNode ad, String title, long priceCents, String postcode, String city) {
        ad.put("title", title);
        ad.put("priceCents", priceCents);
        ObjectNode location = ad.putObject("location");
        location.put("postcode", postcode);
        location.put("city", city);
        if (ad.path("subcategory").asText().equals("RENT")) {
            ObjectNode attributes = (ObjectNode) ad.path("attributes");
            attributes.put("chargesCents", Math.min(5000, priceCents));
            attributes.put("depositCents", 0);
        }
        return ad;
    }

    /** Title, place, price and link of each ad of the block, in order; HTML entities of the title kept. */
    static List<List<String>> cards(String html) {
        List<List<String>> cards = new ArrayList<>();
        Matcher m = CARD.matcher(html);
        while (m.find()) {
            cards.add(List.of(m.group(1), m.group(2), m.group(3), m.group(4)));
        }
        return cards;
    }
}

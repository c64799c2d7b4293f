package annonces.embed;

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

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The readers' search page, and the links that lead there from the block and the ad page. */
@MicronautTest(transactional = false)
@Property(name = "annonces.moderation.pre-publication", value = "false")
@Property(name = "annonces.embed.post-url", value = "https://news.example.test/deposer")
class SearchPageIT {

    private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\">");

    @Inject
    EmbeddedServer server;
    Api api;
    Sellers.Seller seller;
    String word;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        seller = Sellers.registered(api);
        word = "zorglub" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aReaderSearchesByTextCategoryPlaceAndPriceInEuros() {
        String cheap = publish(Ads.aTable(), "Table " + word, 8000, "14000", "Caen");
        String dear = publish(Ads.aTable(), "Buffet " + word, 45000, "76000", "Rouen");
        String car = publish(Ads.aCar(), "Voiture " + word, 900000, "14000", "Caen");

        String all = page("/annonces?q=" + word);
        assertTrue(all.contains(cheap) && all.contains(dear) && all.contains(car), all);
        String goods = page("/annonces?q=" + word + "&category=GOODS");
        assertTrue(goods.contains(cheap) && goods.contains(dear) && !goods.contains(car), goods);
        String calvados = page("/annonces?q=" + word + "&category=GOODS&lieu=14");
        assertTrue(calvados.contains(cheap) && !calvados.contains(dear), calvados);
        String rouen = page("/annonces?q=" + word + "&lieu=76000");
        assertTrue(rouen.contains(dear) && !rouen.contains(cheap), rouen);
        String underAHundred = page("/annonces?q=" + word + "&prixMax=100");
        assertTrue(underAHundred.contains(cheap) && !underAHundred.contains(dear), underAHundred);
        assertTrue(goods.contains("<option value=\"GOODS\" selected>Bonnes affaires</option>"), "the form keeps the choice");
    }

    @Test
    void theResultsPageThroughTheSearchCursor() {
        for (int i = 0; i < 26; i++) {
            publish(Ads.aTable(), "Chaise " + word + " n" + i, 1000 + i, "05000", "Gap");
        }

        String first = page("/annonces?q=" + word);
        Matcher next = NEXT.matcher(first);
        assertTrue(next.find(), first);
        String second = page(next.group(1).replace("&amp;", "&"));

        assertEquals(24, count(first, "/annonces/"), "24 a page");
        assertEquals(2, count(second, "/annonces/"));
        assertFalse(NEXT.matcher(second).find(), "the last page has no next");
    }

    @Test
    void aPlaceOrAPriceThatIsNotOneIsAPageSayingSo() {
        Api.Reply place = api.get("/annonces?lieu=Caen").send();
        Api.Reply price = api.get("/annonces?prixMin=beaucoup").send();

        assertEquals(400, place.status());
        assertTrue(place.text().contains("un code postal (14000) ou un département"), place.text());
        assertEquals(400, price.status());
        assertTrue(price.text().contains("un nombre d&#39;euros") || price.text().contains("un nombre d'euros"),
                price.text());
    }

    @Test
    void theBlockAndTheAdPageLeadToTheSearch() {
        String id = publish(Ads.aTable(), "Commode " + word, 12000, "14000", "Caen");

        String block = api.get("/widget?postcode=14000").send().text();
        String ad = page("/annonces/" + id);

        assertTrue(block.contains("<a href=\"/annonces\" target=\"_top\">Voir toutes les annonces</a>"), block);
        assertTrue(block.contains("href=\"/annonces?category=GOODS\""), block);
        assertTrue(block.contains("<a href=\"https://news.example.test/deposer\" target=\"_top\">Déposer une annonce</a>"),
                block);
        assertTrue(ad.contains("<a href=\"/annonces?category=GOODS\">Bonnes affaires</a>"), ad);
        assertTrue(ad.contains("<a href=\"/annonces?category=GOODS&amp;lieu=14\">Calvados</a>"), ad);
    }

    private String publish(ObjectNode ad, String title, long priceCents, String postcode, String city) {
        ad.put("title", title);
        ad.put("priceCents", priceCents);
        ad.putObject("location").put("postcode", postcode).put("city", city);
        Api.Reply created = api.post("/api/v1/listings", ad).token(seller.token()).send();
        assertEquals(201, created.status(), created::toString);
        return created.json().path("id").asText();
    }

    private String page(String path) {
        Api.Reply reply = api.get(path).send();
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("text/html"), reply.contentType());
        return reply.text();
    }

    private static int count(String html, String what) {
        int n = 0;
        for (int i = html.indexOf("class=\"title\" href=\"" + what); i >= 0;
             i = html.indexOf("class=\"title\" href=\"" + what, i + 1)) {
            n++;
        }
        return n;
    }
}

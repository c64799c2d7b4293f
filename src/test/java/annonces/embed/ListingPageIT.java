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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page "Découvrir" opens: what French law asks an ad to say, escaped, previewable, and 404 otherwise. */
@MicronautTest(transactional = false)
@Property(name = "annonces.moderation.pre-publication", value = "false")
@Property(name = "annonces.embed.public-url", value = "https://annonces.example.test")
class ListingPageIT {

    @Inject
    EmbeddedServer server;
    Api api;
    Sellers.Seller seller;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        seller = Sellers.registered(api);
    }

    @Test
    void aRentShowsItsChargesHowTheyArePaidTheDepositAndTheEnergyMentions() {
        ObjectNode rent = Ads.aFurnishedRent();
        rent.put("priceCents", 95000);
        ObjectNode a = (ObjectNode) rent.path("attributes");
        a.put("chargesCents", 5000).put("chargesMode", "FLAT_RATE").put("depositCents", 180000)
                .put("energyClass", "F").put("ghgClass", "D")
                .put("annualEnergyCostMinCents", 288000).put("annualEnergyCostMaxCents", 392000);

        String html = page(publish(rent));

        assertTrue(html.contains("<p class=\"price\">950 € / mois CC</p>"), html);
        assertTrue(html.contains("<dt>Dont charges</dt><dd>50 € par mois (forfait de charges)</dd>"), html);
        assertTrue(html.contains("<dt>Dépôt de garantie</dt><dd>1 800 €</dd>"), html);
        assertTrue(html.contains("<dt>Meublé</dt><dd>oui</dd>"), html);
        assertTrue(html.contains("<dt>Surface habitable</dt><dd>42 m²</dd>"), html);
        assertTrue(html.contains("<dt>Pièces</dt><dd>2</dd>"), html);
        assertTrue(html.contains("<h2>Classe énergie : F</h2>") && html.contains("<h2>Classe climat : D</h2>"), html);
        assertTrue(html.contains("<li class=\"F current\">F</li>"), "the class is marked on its scale");
        assertTrue(html.contains("Montant estimé des dépenses annuelles d'énergie pour un usage standard : "
                + "2 880 € à 3 920 € par an (prix de l'énergie indexés sur l'année 2023)"), html);
        assertTrue(html.contains("« Logement à consommation énergétique excessive : classe F »"), html);
    }

    @Test
    void aBetterClassHasNoExcessiveConsumptionSentence() {
        String html = page(publish(Ads.aHouseSale()));

        assertTrue(html.contains("<h2>Classe énergie : E</h2>"), html);
        assertFalse(html.contains("consommation énergétique excessive"), html);
        assertTrue(html.contains("<p class=\"price\">215 000 €</p>"), html);
    }

    @Test
    void aVehicleSaysWhenItsMileageIsNotGuaranteed() {
        ObjectNode car = Ads.aCar();
        ((ObjectNode) car.path("attributes")).put("mileageGuaranteed", false).put("mileageKm", 145000);

        String html = page(publish(car));

        assertTrue(html.contains("<dt>Kilométrage</dt><dd>145 000 km (non garanti)</dd>"), html);
        assertTrue(html.contains("<dt>Carburant</dt><dd>Essence</dd>"), html);
        assertTrue(html.contains("<dt>Année</dt><dd>2019</dd>"), html);
        assertTrue(html.contains("<dt>Boîte de vitesses</dt><dd>Manuelle</dd>"), html);
        assertTrue(html.contains("<dt>Marque</dt><dd>Peugeot</dd>"), html);
    }

    @Test
    void theDescriptionKeepsItsLinesAndShowsHostileTextAsText() {
        ObjectNode table = Ads.aTable();
        table.put("title", "<script>alert(1)</script>");
        table.put("description", "Ligne une\nLigne deux <b>gras</b> & \"guillemets\"\n\n<img src=x onerror=alert(2)>");

        String id = publish(table);
        String html = page(id);

        assertFalse(html.contains("<script>alert(1)") || html.contains("<img src=x") || html.contains("<b>gras"), html);
        assertTrue(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), html);
        assertTrue(html.contains("Ligne une\nLigne deux &lt;b&gt;gras&lt;/b&gt; &amp; \"guillemets\"\n\n&lt;img"), html);
        assertTrue(html.contains("<dt>État</dt><dd>Bon état</dd>"), html);
    }

    @Test
    void aSharedLinkPreviewsWell() {
        String id = publish(Ads.aCar());
        Api.Reply reply = api.get("/annonces/" + id).send();
        String html = reply.text();

        assertTrue(html.contains("<title>Peugeot 208 GT Line 2019 – 13 500 € – Petites Annonces</title>"), html);
        assertTrue(html.contains("<meta property=\"og:title\" content=\"Peugeot 208 GT Line 2019 – 13 500 €\">"), html);
        assertTrue(html.contains("<meta property=\"og:description\" content=\"Première main, carnet d&#39;entretien.\">")
                || html.contains("<meta property=\"og:description\" content=\"Première main, carnet d&#x27;entretien.\">"), html);
        assertTrue(html.contains("<meta property=\"og:url\" content=\"https://annonces.example.test/annonces/" + id + "\">"), html);
        assertTrue(html.contains("<meta property=\"og:locale\" content=\"fr_FR\">"), html);
        assertTrue(reply.header("ETag").isPresent());
        assertTrue(reply.header("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'self'"));
    }

    @Test
    void unknownOrNonPublicAdsGetTheSame404Page() {
        Api.Reply unknown = api.get("/annonces/00000000-0000-4000-8000-000000000000").send();
        Api.Reply garbage = api.get("/annonces/not-an-id").send();
        String withdrawn = publish(Ads.aTable());
        assertEquals(204, api.delete("/api/v1/listings/" + withdrawn).token(seller.token()).send().status());
        Api.Reply gone = api.get("/annonces/" + withdrawn).send();

        for (Api.Reply r : new Api.Reply[]{unknown, garbage, gone}) {
            assertEquals(404, r.status(), r::toString);
            assertTrue(r.contentType().startsWith("text/html"), r.contentType());
            assertTrue(r.text().contains("Annonce introuvable"));
        }
        assertEquals(unknown.text(), gone.text(), "a withdrawn ad is not told apart from one that never was");
    }

    @Test
    void aSoldAdsPageSaysItIsNoLongerAvailableAndOffersTheNearestSimilarAdsFirst() {
        String sold = publish(located(Ads.aCar(), "Renault Clio vendue", "63000", "Clermont-Ferrand"));
        String sameDepartment = publish(located(Ads.aCar(), "Peugeot 208 à Riom", "63200", "Riom"));
        String sameRegion = publish(located(Ads.aCar(), "Citroën C3 à Vichy", "03200", "Vichy"));
        publish(located(Ads.aTable(), "Table à Riom", "63200", "Riom"));
        assertEquals(200, api.post("/api/v1/listings/" + sold + "/sold", java.util.Map.of()).token(seller.token())
                .send().status());

        Api.Reply reply = api.get("/annonces/" + sold).send();

        assertEquals(410, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("text/html"), reply.contentType());
        String html = reply.text();
        assertTrue(html.contains("<h1>Cette annonce n'est plus disponible</h1>"), html);
        assertTrue(html.contains("« Renault Clio vendue »") && html.contains("marquée comme vendue"), html);
        int riom = html.indexOf("/annonces/" + sameDepartment);
        int vichy = html.indexOf("/annonces/" + sameRegion);
        assertTrue(riom > 0 && vichy > riom, "the department's car first, then the region's: " + html);
        assertFalse(html.contains("Table à Riom"), "only the same subcategory");
        assertFalse(html.contains("/annonces/" + sold + "\""), "not the ad itself");
    }

    @Test
    void anAdsPageOffersSimilarAdsAndNoEmptyDescriptionHeading() {
        ObjectNode quiet = located(Ads.aCar(), "Dacia Sandero à Aurillac", "15000", "Aurillac");
        quiet.put("description", "");
        String ad = publish(quiet);
        String other = publish(located(Ads.aCar(), "Dacia Duster à Aurillac", "15000", "Aurillac"));

        String html = page(ad);

        assertTrue(html.contains("<h2 id=\"similar-title\">Annonces similaires</h2>"), html);
        assertTrue(html.contains("href=\"/annonces/" + other + "\""), html);
        assertFalse(html.contains("<h2>Description</h2>"), html);
    }

    @Test
    void everyPageSaysWhoSellsAndAProfessionalsPageGivesItsIdentity() {
        String fromAPerson = publish(Ads.aTable());
        Api.Reply pro = api.post("/api/v1/accounts", Sellers.aProfessional()).send();
        assertEquals(201, pro.status(), pro::toString);
        Sellers.Seller agency = Sellers.login(api, pro.json().path("email").asText(), "correct-horse-battery-staple",
                pro.json().path("id").asText());
        Api.Reply created = api.post("/api/v1/listings", Ads.aHouseSale()).token(agency.token()).send();
        assertEquals(201, created.status(), created::toString);

        String personal = page(fromAPerson);
        String professional = page(created.json().path("id").asText());

        assertTrue(personal.contains("<p class=\"seller\">Particulier</p>"), personal);
        assertTrue(professional.contains("<p class=\"seller pro\"><strong>Professionnel</strong> · "), professional);
        assertTrue(professional.contains("Garage du Cotentin SARL · SIREN 732829320 · "
                + "12 rue du Port, 50100 Cherbourg-en-Cotentin</p>"), professional);
    }

    private static ObjectNode located(ObjectNode ad, String title, String postcode, String city) {
        ad.put("title", title);
        ad.putObject("location").put("postcode", postcode).put("city", city);
        return ad;
    }

    private String publish(ObjectNode ad) {
        Api.Reply created = api.post("/api/v1/listings", ad).token(seller.token()).send();
        assertEquals(201, created.status(), created::toString);
        return created.json().path("id").asText();
    }

    private String page(String id) {
        Api.Reply reply = api.get("/annonces/" + id).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.text();
    }
}

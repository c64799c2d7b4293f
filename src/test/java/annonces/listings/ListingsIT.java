package annonces.listings;

import annonces.Api;
import annonces.accounts.Sellers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static annonces.ProblemAssertions.assertInvalid;
import static annonces.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ListingsIT {

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
    void eachCategoryIsCreatedPendingWithItsPlaceResolved() {
        for (Supplier<ObjectNode> ad : List.<Supplier<ObjectNode>>of(Ads::aFurnishedRent, Ads::aHouseSale,
                Ads::aViager, Ads::aLand, Ads::aCar, Ads::someParts, Ads::aTable)) {
            ObjectNode body = ad.get();
            Api.Reply reply = create(body);

            assertEquals(201, reply.status(), reply::toString);
            JsonNode listing = reply.json();
            assertEquals("PENDING", listing.path("status").asText());
            assertEquals("/api/v1/listings/" + listing.path("id").asText(), reply.header("Location").orElseThrow());
            assertEquals("\"0\"", reply.header("ETag").orElseThrow());
            assertEquals(seller.id(), listing.path("sellerId").asText());
            assertEquals(body.path("category"), listing.path("category"));
            assertEquals(body.path("location").path("postcode"), listing.path("location").path("postcode"));
            assertFalse(listing.path("location").path("inseeCode").asText().isEmpty());
            assertFalse(listing.path("location").path("department").path("name").asText().isEmpty());
            assertFalse(listing.path("location").path("region").path("code").asText().isEmpty());
            assertTrue(listing.path("publishedAt").isNull());
        }
    }

    @Test
    void theAnswerCarriesTheCanonicalCommuneDepartmentAndRegion() {
        ObjectNode ad = Ads.aTable();
        ((ObjectNode) ad.get("location")).put("postcode", "75012").put("city", "Paris 12eme arrondissement");

        JsonNode location = create(ad).json().path("location");

        assertEquals("Paris 12e Arrondissement", location.path("city").asText());
        assertEquals("75112", location.path("inseeCode").asText());
        assertEquals("75", location.path("department").path("code").asText());
        assertEquals("Paris", location.path("department").path("name").asText());
        assertEquals("11", location.path("region").path("code").asText());
        assertEquals("Île-de-France", location.path("region").path("name").asText());
    }

    @Test
    void anUnknownPostcodeOrACityOutsideItAreNamed() {
        ObjectNode unknown = Ads.aTable();
        ((ObjectNode) unknown.get("location")).put("postcode", "99999");
        Api.Reply reply = create(unknown);
        assertInvalid(reply, "location.postcode");
        assertTrue(reply.text().contains("99999"), reply::toString);

        ObjectNode elsewhere = Ads.aTable();
        ((ObjectNode) elsewhere.get("location")).put("city", "Caen");
        Api.Reply cityReply = create(elsewhere);
        assertInvalid(cityReply, "location.city");
        assertTrue(cityReply.text().contains("76000"), cityReply::toString);
    }

    @Test
    void titlesAndDescriptionsAreFoldedAndControlCharactersRefused() {
        ObjectNode ad = Ads.aTable();
        ad.put("title", "  Location Maison Neuve Meublée ROYAN                         \t ");
        ad.put("description", "Ligne   un\r\n\r\n\r\n\r\nLigne deux  ");
        JsonNode listing = create(ad).json();
        assertEquals("Location Maison Neuve Meublée ROYAN", listing.path("title").asText());
        assertEquals("Ligne un\n\nLigne deux", listing.path("description").asText());

        ObjectNode control = Ads.aTable();
        control.put("title", "Table\u0007 en chêne");
        assertInvalid(create(control), "title");

        ObjectNode tooShort = Ads.aTable();
        tooShort.put("title", "  ab     ");
        assertInvalid(create(tooShort), "title");

        ObjectNode tooLong = Ads.aTable();
        tooLong.put("description", "x".repeat(4001));
        assertInvalid(create(tooLong), "description");
    }

    @Test
    void aPriceIsRequiredExceptForAGift() {
        ObjectNode car = Ads.aCar();
        car.put("priceCents", 0);
        Api.Reply reply = create(car);
        assertInvalid(reply, "priceCents");
        assertTrue(reply.text().contains("price is required"), reply::toString);

        ObjectNode gift = Ads.aTable();
        gift.put("priceCents", 0);
        assertEquals(201, create(gift).status());

        ObjectNode missing = Ads.aFurnishedRent();
        missing.remove("priceCents");
        assertInvalid(create(missing), "priceCents");

        ObjectNode fractional = Ads.aTable();
        fractional.put("priceCents", 12.5);
        assertInvalid(create(fractional), "priceCents");

        ObjectNode text = Ads.aTable();
        text.put("priceCents", "15000");
        assertInvalid(create(text), "priceCents");
    }

    @Test
    void eachCategoryRequiresItsOwnAttributes() {
        ObjectNode car = Ads.aCar();
        ((ObjectNode) car.get("attributes")).remove("mileageKm");
        assertInvalid(create(car), "attributes.mileageKm");

        ObjectNode parts = Ads.someParts();
        ((ObjectNode) parts.get("attributes")).put("year", 2019);
        assertInvalid(create(parts), "attributes.year");

        ObjectNode goods = Ads.aTable();
        ((ObjectNode) goods.get("attributes")).remove("condition");
        assertInvalid(create(goods), "attributes.condition");

        ObjectNode wrongEnum = Ads.aCar();
        ((ObjectNode) wrongEnum.get("attributes")).put("fuel", "STEAM");
        Api.Reply reply = create(wrongEnum);
        assertInvalid(reply, "attributes.fuel");
        assertTrue(reply.text().contains("PLUGIN_HYBRID"), reply::toString);

        ObjectNode critAir = Ads.aCar();
        ((ObjectNode) critAir.get("attributes")).put("critAir", 6);
        assertInvalid(create(critAir), "attributes.critAir");

        ObjectNode land = Ads.aLand();
        ((ObjectNode) land.get("attributes")).put("surfaceM2", 800);
        assertInvalid(create(land), "attributes.surfaceM2");
    }

    @Test
    void aSubcategoryMustBelongToItsCategory() {
        ObjectNode ad = Ads.aCar();
        ad.put("subcategory", "RENT");
        assertInvalid(create(ad), "subcategory");
    }

    @Test
    void housingAdsCarryTheEnergyDiagnosisAndItsCostEstimate() {
        ObjectNode noClass = Ads.aHouseSale();
        ((ObjectNode) noClass.get("attributes")).remove("energyClass");
        assertInvalid(create(noClass), "attributes.energyClass");

        ObjectNode noEstimate = Ads.aHouseSale();
        ((ObjectNode) noEstimate.get("attributes")).remove("annualEnergyCostMaxCents");
        assertInvalid(create(noEstimate), "attributes.annualEnergyCostMaxCents");

        ObjectNode halfExempt = Ads.aHouseSale();
        ((ObjectNode) halfExempt.get("attributes")).put("energyClass", "EXEMPT");
        assertInvalid(create(halfExempt), "attributes.ghgClass");

        assertEquals(201, create(Ads.aViager()).status(), "EXEMPT for both needs no estimate");
    }

    @Test
    void aRentStatesItsChargesHowTheyArePaidAndALawfulDeposit() {
        ObjectNode noCharges = Ads.aFurnishedRent();
        ((ObjectNode) noCharges.get("attributes")).remove("chargesMode");
        assertInvalid(create(noCharges), "attributes.chargesMode");

        ObjectNode noFurnished = Ads.aFurnishedRent();
        ((ObjectNode) noFurnished.get("attributes")).remove("furnished");
        assertInvalid(create(noFurnished), "attributes.furnished");

        ObjectNode bigDeposit = Ads.aFurnishedRent();
        ((ObjectNode) bigDeposit.get("attributes")).put("depositCents", 120001);
        assertInvalid(create(bigDeposit), "attributes.depositCents");

        ObjectNode chargesOnASale = Ads.aHouseSale();
        ((ObjectNode) chargesOnASale.get("attributes")).put("chargesCents", 1000);
        assertInvalid(create(chargesOnASale), "attributes.chargesCents");
    }

    @Test
    void aViagerStatesItsAnnuity() {
        ObjectNode ad = Ads.aViager();
        ((ObjectNode) ad.get("attributes")).remove("monthlyAnnuityCents");
        assertInvalid(create(ad), "attributes.monthlyAnnuityCents");
    }

    @Test
    void theMileageIsGuaranteedUnlessTheSellerSaysOtherwise() {
        assertTrue(create(Ads.aCar()).json().path("attributes").path("mileageGuaranteed").asBoolean());
        ObjectNode notGuaranteed = Ads.aCar();
        ((ObjectNode) notGuaranteed.get("attributes")).put("mileageGuaranteed", false);
        assertFalse(create(notGuaranteed).json().path("attributes").path("mileageGuaranteed").asBoolean(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "status", "sellerId", "createdAt", "updatedAt", "publishedAt", "expiresAt", "version"})
    void membersTheServiceOwnsAreRefusedByName(String member) {
        ObjectNode ad = Ads.aTable();
        ad.put(member, "PUBLISHED");
        assertInvalid(create(ad), member);
    }

    @Test
    void unknownMembersAreRefusedByNameAtEveryLevel() {
        ObjectNode top = Ads.aTable();
        top.put("colour", "red");
        assertInvalid(create(top), "colour");

        ObjectNode nested = Ads.aTable();
        ((ObjectNode) nested.get("attributes")).put("colour", "red");
        assertInvalid(create(nested), "attributes.colour");

        ObjectNode place = Ads.aTable();
        ((ObjectNode) place.get("location")).put("street", "1 rue X");
        assertInvalid(create(place), "location.street");
    }

    @Test
    void malformedBodiesAndWrongMediaTypesAreProblems() {
        assertProblem(api.post("/api/v1/listings", "{\"title\": ").token(seller.token()).send(), 400);
        assertProblem(api.post("/api/v1/listings", "[1, 2]").token(seller.token()).send(), 400);
        assertProblem(api.post("/api/v1/listings", "title=x").token(seller.token())
                .header("Content-Type", "text/plain").send(), 415);
    }

    @Test
    void creatingRequiresAToken() {
        assertProblem(api.post("/api/v1/listings", Ads.aTable()).send(), 401);
    }

    @Test
    void anIdempotencyKeyMakesARetryAnswerTheFirstAd() {
        String key = UUID.randomUUID().toString();
        Api.Reply first = api.post("/api/v1/listings", Ads.aCar()).token(seller.token()).header("Idempotency-Key", key).send();
        Api.Reply retry = api.post("/api/v1/listings", Ads.aCar()).token(seller.token()).header("Idempotency-Key", key).send();

        assertEquals(201, first.status());
        assertEquals(201, retry.status());
        assertEquals(first.json().path("id"), retry.json().path("id"));
        assertEquals("true", retry.header("Idempotent-Replayed").orElse(""));
        assertEquals(1, mine("").json().path("items").size());

        ObjectNode other = Ads.aCar();
        other.put("priceCents", 1);
        assertProblem(api.post("/api/v1/listings", other).token(seller.token()).header("Idempotency-Key", key).send(), 409);
    }

    @Test
    void concurrentRetriesWithOneKeyMakeOneAd() throws Exception {
        String key = UUID.randomUUID().toString();
        List<java.util.concurrent.Callable<Api.Reply>> calls = java.util.Collections.nCopies(6,
                () -> api.post("/api/v1/listings", Ads.aTable()).token(seller.token()).header("Idempotency-Key", key).send());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            Set<String> ids = new HashSet<>();
            for (var future : pool.invokeAll(calls)) {
                Api.Reply reply = future.get();
                assertEquals(201, reply.status(), reply::toString);
                ids.add(reply.json().path("id").asText());
            }
            assertEquals(1, ids.size());
            assertEquals(1, mine("").json().path("items").size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnpublishedAdIsVisibleOnlyToItsOwnerAndAdmins() {
        String id = create(Ads.aTable()).json().path("id").asText();
        Sellers.Seller other = Sellers.registered(api);

        assertEquals(200, api.get("/api/v1/listings/" + id).token(seller.token()).send().status());
        assertEquals(200, api.get("/api/v1/listings/" + id).token(Sellers.admin(api).token()).send().status());
        assertProblem(api.get("/api/v1/listings/" + id).send(), 404);
        assertProblem(api.get("/api/v1/listings/" + id).token(other.token()).send(), 404);
        assertProblem(api.get("/api/v1/listings/" + UUID.randomUUID()).send(), 404);
        assertProblem(api.get("/api/v1/listings/not-a-uuid").send(), 404);
    }

    @Test
    void theOwnerSeesModerationDetails() {
        String id = create(Ads.aTable()).json().path("id").asText();
        JsonNode listing = api.get("/api/v1/listings/" + id).token(seller.token()).send().json();
        assertTrue(listing.path("moderation").path("flags").isArray(), listing::toString);
    }

    @Test
    void aMergePatchChangesOnlyWhatItNamesAndBumpsTheVersion() {
        Api.Reply created = create(Ads.aCar());
        String id = created.json().path("id").asText();

        Api.Reply patched = api.patch("/api/v1/listings/" + id,
                        Map.of("priceCents", 1290000, "attributes", Map.of("mileageKm", 65000)))
                .token(seller.token()).header("If-Match", created.header("ETag").orElseThrow()).send();

        assertEquals(200, patched.status(), patched::toString);
        assertEquals(1290000, patched.json().path("priceCents").asLong());
        assertEquals(65000, patched.json().path("attributes").path("mileageKm").asInt());
        assertEquals("Peugeot", patched.json().path("attributes").path("brand").asText());
        assertEquals("Peugeot 208 GT Line 2019", patched.json().path("title").asText());
        assertEquals(1, patched.json().path("version").asInt());
        assertEquals("\"1\"", patched.header("ETag").orElseThrow());
    }

    @Test
    void aNullInAMergePatchRemovesAnOptionalAttribute() {
        String id = create(Ads.aCar()).json().path("id").asText();
        ObjectNode patch = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        patch.putObject("attributes").putNull("gearbox");

        Api.Reply patched = api.patch("/api/v1/listings/" + id, patch).token(seller.token()).send();

        assertEquals(200, patched.status(), patched::toString);
        assertTrue(patched.json().path("attributes").path("gearbox").isMissingNode());
    }

    @Test
    void aStaleIfMatchIsA412() {
        String id = create(Ads.aCar()).json().path("id").asText();
        assertEquals(200, api.patch("/api/v1/listings/" + id, Map.of("priceCents", 1200000))
                .token(seller.token()).header("If-Match", "\"0\"").send().status());

        assertProblem(api.patch("/api/v1/listings/" + id, Map.of("priceCents", 1100000))
                .token(seller.token()).header("If-Match", "\"0\"").send(), 412);
    }

    @Test
    void aPatchIsCheckedLikeACreation() {
        String id = create(Ads.aCar()).json().path("id").asText();

        assertInvalid(api.patch("/api/v1/listings/" + id, Map.of("priceCents", 0)).token(seller.token()).send(),
                "priceCents");
        assertInvalid(api.patch("/api/v1/listings/" + id, Map.of("status", "PUBLISHED")).token(seller.token()).send(),
                "status");
        assertInvalid(api.patch("/api/v1/listings/" + id, Map.of("category", "GOODS")).token(seller.token()).send(),
                "category");
        assertInvalid(api.patch("/api/v1/listings/" + id, Map.of("location", Map.of("postcode", "99999")))
                .token(seller.token()).send(), "location.postcode");
    }

    @Test
    void aNewPostcodeAloneResolvesItsOwnCommune() {
        String id = create(Ads.aTable()).json().path("id").asText();
        Api.Reply moved = api.patch("/api/v1/listings/" + id, Map.of("location", Map.of("postcode", "50610")))
                .token(seller.token()).send();
        assertEquals(200, moved.status(), moved::toString);
        assertEquals("Jullouville", moved.json().path("location").path("city").asText());
    }

    @Test
    void aSellerCannotTouchAnotherSellersAd() {
        String id = create(Ads.aTable()).json().path("id").asText();
        Sellers.Seller other = Sellers.registered(api);

        assertProblem(api.patch("/api/v1/listings/" + id, Map.of("priceCents", 1)).token(other.token()).send(), 404);
        assertProblem(api.delete("/api/v1/listings/" + id).token(other.token()).send(), 404);
        assertProblem(api.post("/api/v1/listings/" + id + "/renew", Map.of()).token(other.token()).send(), 404);
        assertProblem(api.post("/api/v1/listings/" + id + "/sold", Map.of()).token(other.token()).send(), 404);
    }

    @Test
    void aWithdrawnAdIsKeptForItsOwnerButFinal() {
        String id = create(Ads.aTable()).json().path("id").asText();

        assertEquals(204, api.delete("/api/v1/listings/" + id).token(seller.token()).send().status());

        assertEquals("WITHDRAWN", api.get("/api/v1/listings/" + id).token(seller.token()).send().json()
                .path("status").asText());
        assertProblem(api.get("/api/v1/listings/" + id).send(), 404);
        assertProblem(api.patch("/api/v1/listings/" + id, Map.of("priceCents", 1)).token(seller.token()).send(), 409);
        assertProblem(api.delete("/api/v1/listings/" + id).token(seller.token()).send(), 409);
    }

    @Test
    void anAdminMayWithdrawAnyAd() {
        String id = create(Ads.aTable()).json().path("id").asText();
        assertEquals(204, api.delete("/api/v1/listings/" + id).token(Sellers.admin(api).token()).send().status());
    }

    @Test
    void onlyAPublishedAdCanBeSoldOrRenewed() {
        String id = create(Ads.aTable()).json().path("id").asText();

        Api.Reply sold = api.post("/api/v1/listings/" + id + "/sold", Map.of()).token(seller.token()).send();
        assertProblem(sold, 409);
        assertTrue(sold.text().contains("PENDING"), sold::toString);
        assertProblem(api.post("/api/v1/listings/" + id + "/renew", Map.of()).token(seller.token()).send(), 409);
    }

    @Test
    void mySellersListPagesWithoutRepeatsAndFiltersByStatus() {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            created.add(create(Ads.aTable()).json().path("id").asText());
        }
        String withdrawn = created.iterator().next();
        api.delete("/api/v1/listings/" + withdrawn).token(seller.token()).send();

        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Reply page = mine("limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, page.status(), page::toString);
            assertTrue(page.json().path("items").size() <= 2);
            page.json().path("items").forEach(item -> assertTrue(seen.add(item.path("id").asText()), "repeated"));
            cursor = page.json().path("nextCursor").isNull() ? null : page.json().path("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(created, seen);
        assertEquals(3, pages);

        JsonNode onlyWithdrawn = mine("status=WITHDRAWN").json().path("items");
        assertEquals(1, onlyWithdrawn.size());
        assertEquals(withdrawn, onlyWithdrawn.get(0).path("id").asText());
    }

    @Test
    void myListRefusesABadLimitStatusOrCursor() {
        assertInvalid(mine("limit=101"), "limit");
        assertInvalid(mine("limit=0"), "limit");
        assertInvalid(mine("status=LOST"), "status");
        assertInvalid(mine("cursor=forged.cursor"), "cursor");
        assertProblem(api.get("/api/v1/me/listings").send(), 401);
    }

    private Api.Reply create(Object ad) {
        return api.post("/api/v1/listings", ad).token(seller.token()).send();
    }

    private Api.Reply mine(String query) {
        return api.get("/api/v1/me/listings?" + query).token(seller.token()).send();
    }
}

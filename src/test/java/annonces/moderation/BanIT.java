package annonces.moderation;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static annonces.ProblemAssertions.assertInvalid;
import static annonces.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@MicronautTest(transactional = false)
@Property(name = "annonces.moderation.pre-publication", value = "false")
class BanIT {

    private static final String REASON = "Escroquerie avérée : plusieurs acheteurs ont payé sans recevoir le bien.";

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
    void aBanTakesEffectAtOnceOnTokensAndPublicViews() {
        String id = api.post("/api/v1/listings", Ads.aCar()).token(seller.token()).send().json().path("id").asText();
        assertEquals(200, api.get("/api/v1/listings/" + id).send().status());

        Api.Reply ban = api.post("/api/v1/admin/accounts/" + seller.id() + "/ban", Map.of("reason", REASON))
                .token(admin.token()).send();

        assertEquals(200, ban.status(), ban::toString);
        assertEquals(1, ban.json().path("suspendedListings").asInt());
        assertProblem(api.get("/api/v1/me").token(seller.token()).send(), 401);
        assertProblem(api.post("/api/v1/listings", Ads.aCar()).token(seller.token()).send(), 401);
        assertProblem(api.post("/api/v1/auth/token", "grant_type=refresh_token&refresh_token=" + seller.refreshToken())
                .header("Content-Type", "application/x-www-form-urlencoded").send(), 401);
        assertProblem(api.post("/api/v1/auth/login", Map.of("username", seller.email(), "password", seller.password()))
                .send(), 401);
        assertProblem(api.get("/api/v1/listings/" + id).send(), 404);
        assertFalse(api.get("/api/v1/listings?limit=100&category=VEHICLES").send().text().contains(id));
        assertEquals(1, api.get("/api/v1/admin/audit?account=" + seller.id() + "&action=BAN").token(admin.token())
                .send().json().path("items").size());
        assertEquals(REASON, api.get("/api/v1/listings/" + id).token(admin.token()).send().json()
                .path("moderation").path("reason").asText());
    }

    @Test
    void onlyAdminsBanAndOnlySellersAreBanned() {
        Sellers.Seller other = Sellers.registered(api);
        assertProblem(api.post("/api/v1/admin/accounts/" + other.id() + "/ban", Map.of("reason", REASON))
                .token(seller.token()).send(), 403);
        assertInvalid(api.post("/api/v1/admin/accounts/" + other.id() + "/ban", Map.of()).token(admin.token()).send(),
                "reason");
        assertProblem(api.post("/api/v1/admin/accounts/00000000-0000-0000-0000-000000000000/ban",
                Map.of("reason", REASON)).token(admin.token()).send(), 404);
        String adminId = api.get("/api/v1/me").token(admin.token()).send().json().path("id").asText();
        assertProblem(api.post("/api/v1/admin/accounts/" + adminId + "/ban", Map.of("reason", REASON))
                .token(admin.token()).send(), 409);
    }
}

package annonces.accounts;

import annonces.Api;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static annonces.ProblemAssertions.assertInvalid;
import static annonces.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AccountsIT {

    @Inject
    EmbeddedServer server;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server);
    }

    @Test
    void aPrivateSellerRegistersAndNeverSeesItsPasswordAgain() {
        Map<String, Object> body = Sellers.aPrivateSeller();
        Api.Reply reply = api.post("/api/v1/accounts", body).send();

        assertEquals(201, reply.status(), reply::toString);
        assertEquals(body.get("email"), reply.json().path("email").asText());
        assertEquals("PRIVATE", reply.json().path("sellerType").asText());
        assertEquals("SELLER", reply.json().path("roles").get(0).asText());
        assertFalse(reply.text().contains("password"), reply::toString);
        assertFalse(reply.text().contains("correct-horse"), reply::toString);
    }

    @Test
    void aProfessionalRegistersWithItsTraderIdentity() {
        Api.Reply reply = api.post("/api/v1/accounts", Sellers.aProfessional()).send();

        assertEquals(201, reply.status(), reply::toString);
        assertEquals("PRO", reply.json().path("sellerType").asText());
        assertEquals("732829320", reply.json().path("pro").path("siren").asText());
        assertEquals("Garage du Cotentin SARL", reply.json().path("pro").path("legalName").asText());
    }

    @Test
    void aProfessionalWithoutIdentityOrWithAWrongSirenIsRefused() {
        Map<String, Object> noIdentity = Sellers.aProfessional();
        noIdentity.remove("pro");
        assertInvalid(api.post("/api/v1/accounts", noIdentity).send(), "pro");

        Map<String, Object> wrongKey = Sellers.aProfessional();
        wrongKey.put("pro", Map.of("legalName", "X SARL", "siren", "732829321", "address", "1 rue X, Caen",
                "phone", "0231000000"));
        assertInvalid(api.post("/api/v1/accounts", wrongKey).send(), "pro.siren");

        Map<String, Object> notNineDigits = Sellers.aProfessional();
        notNineDigits.put("pro", Map.of("legalName", "X SARL", "siren", "12345", "address", "1 rue X, Caen",
                "phone", "0231000000"));
        assertInvalid(api.post("/api/v1/accounts", notNineDigits).send(), "pro.siren");
    }

    @Test
    void anEmailIsTakenWhateverItsCase() {
        Map<String, Object> body = Sellers.aPrivateSeller();
        assertEquals(201, api.post("/api/v1/accounts", body).send().status());

        body.put("email", ((String) body.get("email")).toUpperCase(Locale.ROOT));
        assertProblem(api.post("/api/v1/accounts", body).send(), 409);
    }

    @Test
    void invalidRegistrationsNameEachField() {
        Map<String, Object> body = Sellers.aPrivateSeller();
        body.put("email", "not-an-email");
        body.put("password", "short");
        body.put("displayName", "");
        assertInvalid(api.post("/api/v1/accounts", body).send(), "email", "password", "displayName");
    }

    @Test
    void aCallerCannotGiveItselfARoleOrAnId() {
        Map<String, Object> withRole = Sellers.aPrivateSeller();
        withRole.put("roles", java.util.List.of("ADMIN"));
        assertInvalid(api.post("/api/v1/accounts", withRole).send(), "roles");

        Map<String, Object> withId = Sellers.aPrivateSeller();
        withId.put("id", "00000000-0000-0000-0000-000000000001");
        assertInvalid(api.post("/api/v1/accounts", withId).send(), "id");
    }

    @Test
    void aSellerReadsItsOwnAccountWithItsToken() {
        Sellers.Seller seller = Sellers.registered(api);

        Api.Reply me = api.get("/api/v1/me").token(seller.token()).send();

        assertEquals(200, me.status(), me::toString);
        assertEquals(seller.id(), me.json().path("id").asText());
        assertEquals(seller.email(), me.json().path("email").asText());
    }

    @Test
    void meWithoutTokenIsA401ProblemWithABearerChallenge() {
        Api.Reply reply = api.get("/api/v1/me").header("Accept", "text/html, */*").send();

        assertProblem(reply, 401);
        assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Bearer"), reply::toString);
    }

    @Test
    void loginAnswersTokensUsernameAndRoles() {
        Sellers.Seller seller = Sellers.registered(api);
        Api.Reply login = api.post("/api/v1/auth/login",
                Map.of("username", seller.email(), "password", seller.password())).send();

        assertEquals(200, login.status());
        assertEquals("Bearer", login.json().path("token_type").asText());
        assertEquals(900, login.json().path("expires_in").asInt(), "access tokens live 15 minutes");
        assertEquals(seller.email(), login.json().path("username").asText());
        assertEquals("SELLER", login.json().path("roles").get(0).asText());
        assertFalse(login.json().path("refresh_token").asText().isEmpty());
    }

    @Test
    void anUnknownEmailAndAWrongPasswordFailAlike() {
        Sellers.Seller seller = Sellers.registered(api);
        Api.Reply wrongPassword = api.post("/api/v1/auth/login",
                Map.of("username", seller.email(), "password", "not-the-password")).send();
        Api.Reply unknownEmail = api.post("/api/v1/auth/login",
                Map.of("username", "nobody-" + seller.email(), "password", "not-the-password")).send();

        assertProblem(wrongPassword, 401);
        assertProblem(unknownEmail, 401);
        assertEquals(wrongPassword.json().path("detail"), unknownEmail.json().path("detail"));
    }

    @Test
    void aRefreshTokenGivesANewAccessTokenUntilLogout() {
        Sellers.Seller seller = Sellers.registered(api);

        Api.Reply refreshed = refresh(seller.refreshToken());
        assertEquals(200, refreshed.status(), refreshed::toString);
        String newAccess = refreshed.json().path("access_token").asText();
        assertEquals(200, api.get("/api/v1/me").token(newAccess).send().status());

        assertEquals(204, api.post("/api/v1/auth/logout", Map.of()).token(seller.token()).send().status());

        Api.Reply afterLogout = refresh(seller.refreshToken());
        assertProblem(afterLogout, 401);
        assertEquals("invalid_grant", afterLogout.json().path("error").asText());
    }

    @Test
    void aForgedRefreshTokenIsRefused() {
        Sellers.Seller seller = Sellers.registered(api);
        String forged = seller.refreshToken().substring(0, seller.refreshToken().length() - 4) + "AAAA";
        assertNotEquals(200, refresh(forged).status());
    }

    @Test
    void theBootstrapAdminComesFromConfigurationWithTheAdminRole() {
        Sellers.Seller admin = Sellers.admin(api);
        Api.Reply me = api.get("/api/v1/me").token(admin.token()).send();

        assertEquals(200, me.status());
        assertEquals("ADMIN", me.json().path("roles").get(0).asText());
    }

    private Api.Reply refresh(String refreshToken) {
        return api.post("/api/v1/auth/token", "grant_type=refresh_token&refresh_token=" + refreshToken)
                .header("Content-Type", "application/x-www-form-urlencoded").send();
    }
}

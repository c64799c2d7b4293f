package annonces.accounts;

import annonces.Api;
import annonces.Sql;
import annonces.listings.Ads;
import annonces.mail.Mailbox;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static annonces.ProblemAssertions.assertInvalid;
import static annonces.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accounts people can recover, with e-mail verification required as in production: the links arrive at a real
 * SMTP server, and are followed as their holder would, over the API and in the pages they open.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountRecoveryIT implements TestPropertyProvider {

    private static final String VERIFY = "Confirmez votre adresse e-mail";
    private static final String RESET = "Choisissez un nouveau mot de passe";

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;
    Api api;
    Sql sql;
    final Mailbox mailbox = Mailbox.shared();

    @Override
    public Map<String, String> getProperties() {
        return mailbox.testProperties("annonces.accounts.require-email-verification", "true");
    }

    @BeforeEach
    void setUp() {
        api = new Api(server);
        sql = new Sql(dataSource);
    }

    @Test
    void anUnverifiedSellersAdWaitsAsADraftUntilTheMailedLinkIsFollowed() {
        Sellers.Seller seller = Sellers.registered(api);
        assertFalse(api.get("/api/v1/me").token(seller.token()).send().json().path("emailVerified").asBoolean());
        Api.Reply created = api.post("/api/v1/listings", Ads.aCar()).token(seller.token()).send();
        assertEquals(201, created.status(), created::toString);
        assertEquals("DRAFT", created.json().path("status").asText());
        String id = created.json().path("id").asText();
        assertEquals(0L, sql.one("SELECT count(*) FROM listing WHERE id = ?::uuid AND status = 'PENDING'", id),
                "not in the moderation queue");

        String token = mailbox.awaitSubject(seller.email(), VERIFY).token();
        Api.Reply verified = api.post("/api/v1/accounts/email-verification", Map.of("token", token)).send();
        assertEquals(200, verified.status(), verified::toString);
        assertTrue(verified.json().path("emailVerified").asBoolean());

        assertEquals("PENDING", api.get("/api/v1/listings/" + id).token(seller.token()).send().json().path("status").asText());
        assertEquals(List.of("CREATE", "SUBMIT"), sql.column(
                "SELECT action FROM audit_event WHERE listing_id = ?::uuid ORDER BY id", id));
        assertInvalid(api.post("/api/v1/accounts/email-verification", Map.of("token", token)).send(), "token");
    }

    @Test
    void theLinkOpensAPageThatConfirmsTheAddressOnce() {
        Sellers.Seller seller = Sellers.registered(api);
        String token = mailbox.awaitSubject(seller.email(), VERIFY).token();

        Api.Reply page = api.get("/compte/verification?token=" + token).send();
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.text().contains("Adresse confirmée"), page.text());
        assertTrue(api.get("/api/v1/me").token(seller.token()).send().json().path("emailVerified").asBoolean());

        Api.Reply again = api.get("/compte/verification?token=" + token).send();
        assertEquals(400, again.status());
        assertTrue(again.text().contains("Ce lien ne fonctionne plus"), again.text());
    }

    @Test
    void aForgedTokenOrATokenOfAnotherPurposeConfirmsNothing() {
        Sellers.Seller seller = Sellers.registered(api);
        assertInvalid(api.post("/api/v1/accounts/email-verification", Map.of("token", "forged-" + UUID.randomUUID()))
                .send(), "token");
        assertEquals(202, api.post("/api/v1/accounts/password-reset", Map.of("email", seller.email())).send().status());
        String resetToken = mailbox.awaitSubject(seller.email(), RESET).token();
        assertInvalid(api.post("/api/v1/accounts/email-verification", Map.of("token", resetToken)).send(), "token");
    }

    @Test
    void aNewVerificationLinkCanBeAskedForAndOnlyTheNewestWorks() {
        Sellers.Seller seller = Sellers.registered(api);
        String first = mailbox.awaitSubject(seller.email(), VERIFY).token();
        assertEquals(202, api.post("/api/v1/me/email-verification", null).token(seller.token()).send().status());
        List<Mailbox.Letter> letters = mailbox.await(seller.email(), 2);
        String second = letters.get(1).token();

        assertInvalid(api.post("/api/v1/accounts/email-verification", Map.of("token", first)).send(), "token");
        assertEquals(200, api.post("/api/v1/accounts/email-verification", Map.of("token", second)).send().status());
        assertProblem(api.post("/api/v1/me/email-verification", null).token(seller.token()).send(), 409);
    }

    @Test
    void aForgottenPasswordIsResetOnceByTheMailedLinkWhichSignsEveryDeviceOut() {
        Sellers.Seller seller = Sellers.registered(api);
        String unknown = "nobody-" + UUID.randomUUID() + "@example.test";
        Api.Reply forUnknown = api.post("/api/v1/accounts/password-reset", Map.of("email", unknown)).send();
        Api.Reply forKnown = api.post("/api/v1/accounts/password-reset", Map.of("email", seller.email())).send();
        assertEquals(202, forUnknown.status());
        assertEquals(forUnknown.status(), forKnown.status());
        assertEquals(forUnknown.text(), forKnown.text(), "the same answer whether the address is an account's or not");

        Mailbox.Letter letter = mailbox.awaitSubject(seller.email(), RESET);
        assertTrue(letter.text().contains("valable 30 minutes"), letter.text());
        assertTrue(letter.text().contains("https://annonces.example.test/compte/mot-de-passe?token="), letter.text());
        assertInvalid(api.post("/api/v1/accounts/password-reset/confirm",
                Map.of("token", letter.token(), "password", "motdepasse123")).send(), "password");

        String fresh = "une-phrase-que-personne-ne-devine-" + UUID.randomUUID();
        assertEquals(204, api.post("/api/v1/accounts/password-reset/confirm",
                Map.of("token", letter.token(), "password", fresh)).send().status());

        assertProblem(api.post("/api/v1/auth/login", Map.of("username", seller.email(), "password", seller.password()))
                .send(), 401);
        assertEquals(200, api.post("/api/v1/auth/login", Map.of("username", seller.email(), "password", fresh))
                .send().status());
        Api.Reply refresh = api.post("/api/v1/auth/token", "grant_type=refresh_token&refresh_token=" + seller.refreshToken())
                .header("Content-Type", "application/x-www-form-urlencoded").send();
        assertTrue(refresh.status() == 400 || refresh.status() == 401, "the refresh token was revoked: " + refresh);
        assertInvalid(api.post("/api/v1/accounts/password-reset/confirm",
                Map.of("token", letter.token(), "password", fresh + "-again")).send(), "token");
        mailbox.awaitSubject(seller.email(), "Votre mot de passe a été changé");
        assertEquals(List.of(VERIFY, RESET, "Votre mot de passe a été changé"), mailbox.subjects(seller.email()));
        assertTrue(mailbox.to(unknown).isEmpty(), "nothing is sent to an address that is no account's");
    }

    @Test
    void aResetLinkLivesThirtyMinutesAndNoLonger() {
        Sellers.Seller seller = Sellers.registered(api);
        api.post("/api/v1/accounts/password-reset", Map.of("email", seller.email())).send();
        String token = mailbox.awaitSubject(seller.email(), RESET).token();
        Number lifetime = (Number) sql.one("SELECT extract(epoch FROM expires_at - created_at) FROM account_link "
                + "WHERE account_id = ?::uuid AND purpose = 'RESET_PASSWORD'", seller.id());
        assertEquals(Duration.ofMinutes(30).toSeconds(), lifetime.longValue());

        sql.update("UPDATE account_link SET expires_at = now() - interval '1 second' WHERE account_id = ?::uuid "
                + "AND purpose = 'RESET_PASSWORD'", seller.id());
        assertInvalid(api.post("/api/v1/accounts/password-reset/confirm",
                Map.of("token", token, "password", "une-phrase-que-personne-ne-devine")).send(), "token");
    }

    @Test
    void commonPasswordsAndTheAccountsOwnAddressAreRefused() {
        for (String weak : List.of("password1234", "aaaaaaaaaaaa", "azertyuiop", "soleil2024!!", "Motdepasse123")) {
            Map<String, Object> body = Sellers.aPrivateSeller();
            body.put("password", weak);
            assertInvalid(api.post("/api/v1/accounts", body).send(), "password");
        }
        Map<String, Object> own = Sellers.aPrivateSeller();
        own.put("password", own.get("email"));
        assertInvalid(api.post("/api/v1/accounts", own).send(), "password");
    }

    @Test
    void theHolderEditsNameAndPhoneAndANewAddressBecomesTheLoginOnlyOnceConfirmed() {
        Sellers.Seller seller = Sellers.registered(api);
        Api.Reply edited = api.patch("/api/v1/me", Map.of("displayName", "Jeanne D.", "phone", "06 12 34 56 78",
                "showPhone", true)).token(seller.token()).send();
        assertEquals(200, edited.status(), edited::toString);
        assertEquals("Jeanne D.", edited.json().path("displayName").asText());
        assertEquals("06 12 34 56 78", edited.json().path("phone").asText());
        assertTrue(edited.json().path("showPhone").asBoolean());
        Map<String, Object> noPhone = new HashMap<>();
        noPhone.put("phone", null);
        assertTrue(api.patch("/api/v1/me", noPhone).token(seller.token()).send().json().path("phone").isMissingNode());
        assertInvalid(api.patch("/api/v1/me", Map.of("role", "ADMIN")).token(seller.token()).send(), "role");
        assertInvalid(api.patch("/api/v1/me", Map.of("displayName", " ")).token(seller.token()).send(), "displayName");

        Sellers.Seller other = Sellers.registered(api);
        assertProblem(api.patch("/api/v1/me", Map.of("email", other.email())).token(seller.token()).send(), 409);

        String next = "moved-" + UUID.randomUUID() + "@example.test";
        Api.Reply asked = api.patch("/api/v1/me", Map.of("email", next)).token(seller.token()).send();
        assertEquals(seller.email(), asked.json().path("email").asText());
        assertEquals(next, asked.json().path("pendingEmail").asText());
        mailbox.awaitSubject(seller.email(), "Changement d'adresse demandé");
        assertProblem(api.post("/api/v1/auth/login", Map.of("username", next, "password", seller.password())).send(), 401);

        String token = mailbox.awaitSubject(next, VERIFY).token();
        Api.Reply confirmed = api.post("/api/v1/accounts/email-verification", Map.of("token", token)).send();
        assertEquals(next, confirmed.json().path("email").asText(), confirmed::toString);
        assertTrue(confirmed.json().path("pendingEmail").isMissingNode());
        assertEquals(200, api.post("/api/v1/auth/login", Map.of("username", next, "password", seller.password()))
                .send().status());
        assertProblem(api.post("/api/v1/auth/login", Map.of("username", seller.email(), "password", seller.password()))
                .send(), 401);
    }

    @Test
    void erasureWithdrawsTheAdsKeepsNoPersonalDataAndFreesTheAddress() {
        Sellers.Seller seller = Sellers.registered(api);
        String token = mailbox.awaitSubject(seller.email(), VERIFY).token();
        api.post("/api/v1/accounts/email-verification", Map.of("token", token)).send();
        String id = api.post("/api/v1/listings", Ads.aCar()).token(seller.token()).send().json().path("id").asText();
        Sellers.Seller admin = Sellers.admin(api);
        assertEquals(200, api.post("/api/v1/admin/listings/" + id + "/approve", null).token(admin.token()).send().status());

        assertEquals(204, api.delete("/api/v1/me").token(seller.token()).send().status());

        assertProblem(api.get("/api/v1/listings/" + id).send(), 404);
        assertEquals("WITHDRAWN", api.get("/api/v1/listings/" + id).token(admin.token()).send().json().path("status").asText());
        assertProblem(api.get("/api/v1/me").token(seller.token()).send(), 401);
        assertProblem(api.post("/api/v1/auth/login", Map.of("username", seller.email(), "password", seller.password()))
                .send(), 401);
        String row = sql.one("SELECT concat_ws('|', email, display_name, phone, pro_legal_name, status) FROM account "
                + "WHERE id = ?::uuid", seller.id()).toString();
        assertEquals("erased-" + seller.id() + "@invalid|Compte supprimé|ERASED", row);
        assertEquals(0L, sql.one("SELECT count(*) FROM mail_outbox WHERE lower(recipient) = lower(?)", seller.email()));
        assertEquals(0L, sql.one("SELECT count(*) FROM audit_event WHERE concat_ws(' ', action, reason) ILIKE ?",
                "%" + seller.email() + "%"));
        assertEquals(List.of("CREATE", "APPROVE", "WITHDRAW"), sql.column(
                "SELECT action FROM audit_event WHERE listing_id = ?::uuid ORDER BY id", id));

        Map<String, Object> again = Sellers.aPrivateSeller();
        again.put("email", seller.email());
        assertEquals(201, api.post("/api/v1/accounts", again).send().status(), "the address is free again");
    }
}

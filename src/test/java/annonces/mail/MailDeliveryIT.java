package annonces.mail;

import annonces.Api;
import annonces.Eventually;
import annonces.Sql;
import annonces.accounts.Sellers;
import annonces.system.Scrape;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static annonces.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mail as it reaches a real SMTP server: written with its cause, sent once, both parts, the right headers. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailDeliveryIT implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    Outbox outbox;
    @Inject
    @Named("default")
    TransactionOperations<Connection> transactions;
    @Inject
    DataSource dataSource;
    Api api;
    Sql sql;
    final Mailbox mailbox = Mailbox.shared();

    @Override
    public Map<String, String> getProperties() {
        return mailbox.testProperties();
    }

    @BeforeEach
    void setUp() {
        api = new Api(server);
        sql = new Sql(dataSource);
    }

    @Test
    void registeringSendsOneVerificationMailWithATextAndAnHtmlPartAndNoUnsubscribeHeader() {
        Map<String, Object> body = Sellers.aPrivateSeller();
        String email = (String) body.get("email");
        assertEquals(201, api.post("/api/v1/accounts", body).send().status());

        Mailbox.Letter letter = mailbox.awaitSubject(email, "Confirmez votre adresse e-mail");
        assertTrue(letter.text().contains("Bonjour Jeanne Vendeuse"), letter.text());
        assertTrue(letter.text().contains("https://annonces.example.test/compte/verification?token="), letter.text());
        assertFalse(letter.text().contains("<"), "the text part is plain text: " + letter.text());
        assertTrue(letter.html().contains("<a href=\"https://annonces.example.test/compte/verification?token="),
                letter.html());
        assertTrue(letter.header("From").contains("annonces@example.test"), letter.headers().toString());
        assertNull(letter.header("List-Unsubscribe"), "a verification is transactional: " + letter.headers());
        assertNotNull(letter.header(SmtpTransport.MAIL_ID_HEADER));
        sleepPastAFewPolls();
        assertEquals(1, mailbox.to(email).size(), "sent once: " + mailbox.subjects(email));
    }

    @Test
    void theDevMailboxDoesNotExistOutsideDev() {
        assertProblem(api.get("/dev/mailbox").send(), 404);
        assertProblem(api.get("/dev/mailbox/messages").send(), 404);
    }

    @Test
    void aMailWhoseCauseRolledBackIsNeverSent() {
        Map<String, Object> body = Sellers.aPrivateSeller();
        String email = (String) body.get("email");
        assertEquals(201, api.post("/api/v1/accounts", body).send().status());
        assertProblem(api.post("/api/v1/accounts", body).send(), 409);

        mailbox.await(email, 1);
        sleepPastAFewPolls();
        assertEquals(1, mailbox.to(email).size(), "the refused second registration wrote no mail: "
                + mailbox.subjects(email));
    }

    @Test
    void aNotificationCarriesOneClickUnsubscribeHeaders() {
        String email = "notified-" + UUID.randomUUID() + "@example.test";
        String unsubscribe = "https://annonces.example.test/compte/desabonnement?token=abc";
        transactions.executeWrite(status -> outbox.notify("password-changed", email,
                Map.of("displayName", "Paul", "link", "https://annonces.example.test/x"), unsubscribe));

        Mailbox.Letter letter = mailbox.await(email, 1).get(0);
        assertEquals("<" + unsubscribe + ">", letter.header("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", letter.header("List-Unsubscribe-Post"));
    }

    @Test
    void aMailTheRelayCanNeverTakeIsKeptAsFailedAndCounted() {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        sql.update("""
                INSERT INTO mail_outbox (id, kind, recipient, subject, text_body, html_body, created_at, next_attempt_at)
                VALUES (?, 'test-broken', 'not an address at all', 'x', 'x', '<p>x</p>', ?, ?)""",
                id, java.sql.Timestamp.from(now), java.sql.Timestamp.from(now));

        Eventually.until(() -> failedAt(id) != null, "the broken mail kept as failed");
        Eventually.until(() -> Scrape.of(api.get("/prometheus").send().text())
                .value("annonces_mail_deliveries_total", "kind=\"test-broken\"", "result=\"failed\"") == 1,
                "the failure counted once");
        assertTrue(Scrape.of(api.get("/prometheus").send().text()).value("annonces_mail_outbox", "state=\"failed\"") >= 1);
        sleepPastAFewPolls();
        assertEquals(1, attempts(id), "a permanent failure is not retried");
    }

    private Object failedAt(UUID id) {
        return sql.one("SELECT failed_at FROM mail_outbox WHERE id = ?", id);
    }

    private int attempts(UUID id) {
        return ((Number) sql.one("SELECT attempts FROM mail_outbox WHERE id = ?", id)).intValue();
    }

    /** Several polls of the sender (100 ms each here): what was not sent by then is not going to be. */
    static void sleepPastAFewPolls() {
        try {
            Thread.sleep(800);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static List<String> ids(List<Mailbox.Letter> letters) {
        return letters.stream().map(l -> l.header(SmtpTransport.MAIL_ID_HEADER)).toList();
    }
}

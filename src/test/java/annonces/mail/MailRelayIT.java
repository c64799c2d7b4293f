package annonces.mail;

import annonces.Api;
import annonces.Eventually;
import annonces.Sql;
import annonces.accounts.Sellers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox against the failures of real life: a relay that is down when the mail is written (nothing is
 * lost, it goes once the relay is back), and two instances sending from one outbox (each mail goes once).
 */
class MailRelayIT {

    @Test
    void mailWrittenWhileTheRelayIsDownGoesOutOnceWhenItIsBack() throws Exception {
        int port = Mailbox.freePort();
        Map<String, Object> settings = new HashMap<>(Mailbox.serviceProperties(port));
        settings.put("annonces.mail.first-retry", "200ms");
        settings.put("annonces.mail.max-retry", "400ms");
        try (EmbeddedServer service = ApplicationContext.run(EmbeddedServer.class, settings, "test")) {
            Api api = new Api(service);
            Sql sql = new Sql(service.getApplicationContext().getBean(DataSource.class));
            Map<String, Object> body = Sellers.aPrivateSeller();
            String email = (String) body.get("email");
            assertEquals(201, api.post("/api/v1/accounts", body).send().status(), "registration does not wait for mail");

            Eventually.until(() -> attempts(sql, email) >= 2, "two failed attempts while the relay is down");
            assertEquals(1L, sql.one("SELECT count(*) FROM mail_outbox WHERE recipient = ? AND sent_at IS NULL "
                    + "AND failed_at IS NULL AND last_error IS NOT NULL", email), "kept, waiting, with its error");

            try (Mailbox relay = Mailbox.started(port)) {
                List<Mailbox.Letter> letters = relay.await(email, 1);
                assertEquals("Confirmez votre adresse e-mail", letters.get(0).subject());
                MailDeliveryIT.sleepPastAFewPolls();
                assertEquals(1, relay.to(email).size(), "once");
                assertEquals(1L, sql.one("SELECT count(*) FROM mail_outbox WHERE recipient = ? AND sent_at IS NOT NULL",
                        email));
            }
        }
    }

    @Test
    void twoInstancesSendingFromOneOutboxSendEachMailOnce() {
        try (Mailbox relay = Mailbox.started(Mailbox.freePort());
             EmbeddedServer one = ApplicationContext.run(EmbeddedServer.class, relay.serviceProperties(), "test");
             EmbeddedServer two = ApplicationContext.run(EmbeddedServer.class, relay.serviceProperties(), "test")) {
            List<Api> instances = List.of(new Api(one), new Api(two));
            List<String> addresses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Map<String, Object> body = Sellers.aPrivateSeller();
                addresses.add((String) body.get("email"));
                assertEquals(201, instances.get(i % 2).post("/api/v1/accounts", body).send().status());
            }

            Eventually.until(() -> addresses.stream().allMatch(a -> !relay.to(a).isEmpty()), "every mail delivered");
            MailDeliveryIT.sleepPastAFewPolls();
            Set<String> ids = new HashSet<>();
            for (String address : addresses) {
                List<Mailbox.Letter> letters = relay.to(address);
                assertEquals(1, letters.size(), address + " got " + letters.size());
                ids.addAll(MailDeliveryIT.ids(letters));
            }
            assertEquals(30, ids.size(), "thirty distinct outbox rows, each sent once");
            assertTrue(relay.received() >= 30);
        }
    }

    private static int attempts(Sql sql, String email) {
        List<Object> attempts = sql.column("SELECT attempts FROM mail_outbox WHERE recipient = ?", email);
        return attempts.isEmpty() ? 0 : ((Number) attempts.get(0)).intValue();
    }
}

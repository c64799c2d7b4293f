package annonces.mail;

import annonces.Api;
import annonces.Eventually;
import annonces.accounts.Sellers;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quick start's mail: no relay, every mail kept and readable at /dev/mailbox, its links usable. */
@MicronautTest(environments = "dev", transactional = false)
@Property(name = "annonces.seed", value = "false")
@Property(name = "annonces.mail.poll-interval", value = "100ms")
@Property(name = "annonces.mail.initial-delay", value = "100ms")
class DevMailboxIT {

    @Inject
    EmbeddedServer server;

    @Test
    void aRegistrationsMailIsReadableInTheDevMailboxAndItsLinkConfirmsTheAddress() {
        Api api = new Api(server);
        Map<String, Object> body = Sellers.aPrivateSeller();
        String email = (String) body.get("email");
        assertEquals(201, api.post("/api/v1/accounts", body).send().status());

        Eventually.until(() -> api.get("/dev/mailbox/messages?to=" + email).send().json().path(0).path("state")
                .asText().equals("delivered"), "the mail delivered to the dev mailbox");
        JsonNode letter = api.get("/dev/mailbox/messages?to=" + email).send().json().get(0);
        assertEquals("Confirmez votre adresse e-mail", letter.path("subject").asText());

        Api.Reply page = api.get("/dev/mailbox").send();
        assertEquals(200, page.status());
        assertTrue(page.text().contains(email) && page.text().contains("Confirmez votre adresse e-mail"), page.text());
        Api.Reply html = api.get("/dev/mailbox/" + letter.path("id").asText()).send();
        assertTrue(html.contentType().startsWith("text/html"), html.contentType());
        assertTrue(html.text().contains("Confirmer mon adresse"), html.text());

        String text = letter.path("text").asText();
        String link = text.substring(text.indexOf("http://localhost:8080/") + "http://localhost:8080".length()).split("\\s")[0];
        Api.Reply confirmed = api.get(link).send();
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertTrue(confirmed.text().contains("Adresse confirmée"), confirmed.text());
    }
}

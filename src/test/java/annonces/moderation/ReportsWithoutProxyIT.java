package annonces.moderation;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With no proxy configured in front (no client address header), a report's client is its TCP peer: headers
 * a client sets itself, such as X-Forwarded-For, cannot buy it more reports.
 */
@MicronautTest(transactional = false)
@Property(name = "annonces.moderation.pre-publication", value = "false")
class ReportsWithoutProxyIT {

    /** A loopback address of its own, so that the limit this test reaches binds no other test. */
    private static final String PEER = "127.0.0.42";

    @Inject
    EmbeddedServer server;

    @Test
    void aForwardedForHeaderDoesNotMakeAnotherClient() throws IOException {
        Api api = new Api(server);
        Sellers.Seller seller = Sellers.registered(api);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            String id = api.post("/api/v1/listings", Ads.aTable()).token(seller.token()).send().json().path("id").asText();
            String status = reportFromPeer(id, "203.0.113." + i);
            if (status.startsWith("HTTP/1.1 202")) {
                accepted++;
            } else if (status.startsWith("HTTP/1.1 429")) {
                refused++;
            }
        }
        assertEquals(5, accepted, "one client, whatever it writes in X-Forwarded-For");
        assertEquals(3, refused);
    }

    private String reportFromPeer(String listingId, String forwardedFor) throws IOException {
        byte[] body = """
                {"reason": "SCAM", "explanation": "Paiement demandé par mandat cash avant toute visite.", "goodFaith": true}"""
                .getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(PEER, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", server.getPort()), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/listings/" + listingId + "/reports HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nX-Forwarded-For: " + forwardedFor + "\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            String text = response.toString(StandardCharsets.UTF_8);
            assertTrue(text.startsWith("HTTP/1.1"), text);
            return text.lines().findFirst().orElseThrow();
        }
    }
}

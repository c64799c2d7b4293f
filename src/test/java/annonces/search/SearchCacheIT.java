package annonces.search;

import annonces.Api;
import annonces.Eventually;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Search answers kept in memory: the same answer while nothing readers can see changes, and never the old
 * one after a change, whether this instance made it or the database announced it. Writes that bypass the
 * service go through a connection of their own, as another instance or a script would.
 */
@MicronautTest(transactional = false)
@Property(name = "annonces.moderation.pre-publication", value = "false")
class SearchCacheIT {

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;
    @Inject
    ChangesSeen changes;

    private Api api;
    private Sellers.Seller seller;
    private String word;

    @BeforeEach
    void aSellerAndAWordOfThisTestOnly() {
        api = new Api(server);
        seller = Sellers.registered(api);
        word = "zorbalix" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    }

    @Test
    void anAnswerIsKeptUntilThisInstanceChangesAPublicAd() throws SQLException {
        String table = publish("Table " + word + " en chêne");
        // The database's notification of this very publication comes a moment after the commit's own
        // announcement, and drops every kept answer again: wait for it, or it lands after the write below.
        Eventually.until(() -> changes.of(table) >= 2, "the database's notification of the new ad arrived");
        assertEquals(List.of("Table " + word + " en chêne"), titles());

        // Unannounced (triggers off, as no real writer does): only a kept answer still shows the old title.
        DirectWrites.retitleUnannounced(dataSource, table, "Table " + word + " en hêtre");
        assertEquals(List.of("Table " + word + " en chêne"), titles());

        // Any public change through the service, even to another ad, makes every kept answer stale at once.
        String chair = publish("Chaise " + word);
        assertEquals(List.of("Chaise " + word, "Table " + word + " en hêtre"), titles());

        assertEquals(204, api.delete("/api/v1/listings/" + chair).token(seller.token()).send().status());
        assertEquals(List.of("Table " + word + " en hêtre"), titles());
    }

    @Test
    void aChangeMadeElsewhereReachesTheAnswerThroughTheDatabasesNotification() throws SQLException {
        String table = publish("Table " + word);
        publish("Chaise " + word);
        assertEquals(List.of("Chaise " + word, "Table " + word), titles());

        DirectWrites.withdraw(dataSource, table);

        Eventually.until(() -> titles().equals(List.of("Chaise " + word)), "the withdrawn ad leaves the answer");
    }

    @Test
    void anAnswerIsDroppedAfterItsTimeToLiveEvenWithNoChangeAnnounced() throws SQLException {
        try (EmbeddedServer shortLived = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "annonces.moderation.pre-publication", "false", "annonces.search.cache.ttl", "5s"), "test")) {
            api = new Api(shortLived);
            String table = publish("Table " + word + " en chêne");
            assertEquals(List.of("Table " + word + " en chêne"), titles());

            DirectWrites.retitleUnannounced(dataSource, table, "Table " + word + " en hêtre");
            assertEquals(List.of("Table " + word + " en chêne"), titles());

            // Nothing announces the change: only the time to live (5 s here, 30 s by default) ends the answer.
            Eventually.until(() -> titles().equals(List.of("Table " + word + " en hêtre")),
                    "the kept answer is dropped after its time to live");
        }
    }

    @Test
    void aBadCursorIsStillA400AndNotKept() {
        publish("Table " + word);
        for (int i = 0; i < 2; i++) {
            Api.Reply reply = api.get("/api/v1/listings?sort=newest&q=" + word + "&cursor=forged").send();
            assertEquals(400, reply.status(), reply::toString);
        }
    }

    private String publish(String title) {
        ObjectNode ad = Ads.aTable();
        ad.put("title", title);
        Api.Reply reply = api.post("/api/v1/listings", ad).token(seller.token()).send();
        assertEquals(201, reply.status(), reply::toString);
        assertEquals("PUBLISHED", reply.json().path("status").asText());
        return reply.json().path("id").asText();
    }

    private List<String> titles() {
        Api.Reply reply = api.get("/api/v1/listings?sort=newest&q=" + word).send();
        assertEquals(200, reply.status(), reply::toString);
        List<String> titles = new ArrayList<>();
        for (JsonNode item : reply.json().path("items")) {
            titles.add(item.path("title").asText());
        }
        return titles;
    }
}

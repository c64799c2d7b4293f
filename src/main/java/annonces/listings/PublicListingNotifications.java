package annonces.listings;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Listens on the channel {@code listing_public} (filled by the triggers of migration V10) and republishes
 * each notification as a {@link PublicListingsChanged} event, so that caches on every instance learn of
 * changes made anywhere. It holds its own connection, outside the pool, and reconnects when it drops; after
 * a reconnection it announces that everything changed, since notifications sent meanwhile are lost.
 */
@Context
@Requires(property = "annonces.listings.notifications.enabled", notEquals = "false")
class PublicListingNotifications {

    static final String CHANNEL = "listing_public";
    private static final Logger LOG = LoggerFactory.getLogger(PublicListingNotifications.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final DatasourceConfiguration datasource;
    private final ApplicationEventPublisher<PublicListingsChanged> events;
    private final Thread listener;
    private volatile boolean running = true;
    private volatile Connection connection;

    PublicListingNotifications(@Named("default") DatasourceConfiguration datasource,
                               ApplicationEventPublisher<PublicListingsChanged> events) {
        this.datasource = datasource;
        this.events = events;
        this.listener = new Thread(this::listen, "listing-public-listener");
        this.listener.setDaemon(true);
        this.listener.start();
    }

    private void listen() {
        boolean first = true;
        while (running) {
            try (Connection c = DriverManager.getConnection(datasource.getJdbcUrl(), datasource.getUsername(),
                    datasource.getPassword())) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                if (!first) {
                    LOG.info("Listening on {} again; dropping every cached public view", CHANNEL);
                    events.publishEvent(PublicListingsChanged.everything());
                }
                first = false;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications((int) POLL.toMillis());
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            events.publishEvent(PublicListingsChanged.parse(n.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("Lost the {} listener connection ({}); retrying in {}", CHANNEL, e.getMessage(), RETRY);
                    sleep(RETRY);
                }
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        listener.join(POLL.multipliedBy(4).toMillis());
        Connection c = connection;
        if (listener.isAlive() && c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing is all we wanted
            }
        }
    }
}

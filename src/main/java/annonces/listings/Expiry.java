package annonces.listings;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Published ads expire after the configured lifetime. Every instance runs this job; the advisory lock in
 * {@link Listings#expireDue} makes one of them do the work at a time, so an ad expires exactly once.
 */
@Singleton
@Requires(property = "annonces.listings.expiry.enabled", notEquals = "false")
class Expiry {

    private static final Logger LOG = LoggerFactory.getLogger(Expiry.class);
    private static final int BATCH = 500;

    private final Listings listings;

    Expiry(Listings listings) {
        this.listings = listings;
    }

    @Scheduled(fixedDelay = "${annonces.listings.expiry.interval:1m}",
            initialDelay = "${annonces.listings.expiry.initial-delay:20s}")
    void run() {
        int expired;
        int total = 0;
        do {
            expired = listings.expireDue(BATCH);
            total += expired;
        } while (expired == BATCH);
        if (total > 0) {
            LOG.info("Expired {} ads", total);
        }
    }
}

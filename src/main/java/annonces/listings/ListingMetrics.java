package annonces.listings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

/**
 * Counts what happens to ads, once their transaction has committed (a rolled-back move never happened):
 * {@code annonces.listings.posted} for each new ad (tag {@code status}: PENDING, or PUBLISHED without
 * pre-publication; not "created", which Prometheus reserves as a series suffix),
 * {@code annonces.listings.published} each time an ad goes live (tag {@code action}: APPROVE, CREATE without
 * pre-publication, RENEW of an expired ad), and {@code annonces.listings.rejected}.
 */
@Singleton
class ListingMetrics {

    private final MeterRegistry meters;

    ListingMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void moved(ListingMoved move) {
        if (move.action().equals("CREATE")) {
            Counter.builder("annonces.listings.posted").description("Ads posted by sellers")
                    .tag("status", move.to().name()).register(meters).increment();
        }
        if (move.to() == ListingStatus.PUBLISHED && move.from() != ListingStatus.PUBLISHED) {
            Counter.builder("annonces.listings.published").description("Ads that went live")
                    .tag("action", move.action()).register(meters).increment();
        }
        if (move.action().equals(Lifecycle.Move.REJECT.name())) {
            Counter.builder("annonces.listings.rejected").description("Ads rejected by a moderator")
                    .register(meters).increment();
        }
    }
}

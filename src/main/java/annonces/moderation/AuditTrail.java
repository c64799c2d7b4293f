package annonces.moderation;

import annonces.listings.ListingMoved;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Writes every change of an ad into the audit trail, synchronously: the event is published inside the
 * transaction that made the change, so the change and its trace commit or roll back together.
 */
@Singleton
class AuditTrail {

    private final AuditEventRepository events;

    AuditTrail(AuditEventRepository events) {
        this.events = events;
    }

    @EventListener
    void onListingMoved(ListingMoved moved) {
        events.save(new AuditEvent(null, moved.at(), moved.actorId(), moved.action(), moved.listingId(),
                moved.sellerId(), moved.from() == null ? null : moved.from().name(), moved.to().name(), moved.reason()));
    }
}

package annonces.listings;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

/**
 * This instance's own changes to what readers see, announced as {@link PublicListingsChanged} as soon as
 * they commit: a seller or moderator who reloads sees the change, with no wait for the notification that
 * every instance, this one included, receives a moment later (and that costs one more refresh).
 */
@Singleton
class CommittedMoves {

    private final ApplicationEventPublisher<PublicListingsChanged> events;

    CommittedMoves(ApplicationEventPublisher<PublicListingsChanged> events) {
        this.events = events;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void moved(ListingMoved move) {
        if (move.from() == ListingStatus.PUBLISHED || move.to() == ListingStatus.PUBLISHED) {
            events.publishEvent(PublicListingsChanged.of(move.listingId()));
        }
    }
}

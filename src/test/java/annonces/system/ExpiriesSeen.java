package annonces.system;

import annonces.listings.ListingMoved;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test only: the ads that this instance's expiry job expired (committed), so that a test running several
 * instances can tell which of them did the work.
 */
@Singleton
@Requires(property = "annonces.test.expiries-seen", value = "true")
class ExpiriesSeen {

    private final Set<UUID> expired = ConcurrentHashMap.newKeySet();

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void moved(ListingMoved move) {
        if ("EXPIRE".equals(move.action())) {
            expired.add(move.listingId());
        }
    }

    Set<UUID> expired() {
        return Set.copyOf(expired);
    }
}

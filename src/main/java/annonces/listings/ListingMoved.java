package annonces.listings;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * Published, in the same transaction, whenever an ad is created, edited or changes status, so that other
 * features (the audit trail, caches) learn of it without listings depending on them.
 *
 * @param actorId who did it; null for the service itself (expiry)
 * @param action  CREATE, or the {@link Lifecycle.Move} name
 * @param reason  the statement of reasons of a rejection or suspension
 */
public record ListingMoved(Instant at, @Nullable UUID actorId, UUID listingId, UUID sellerId, String action,
                           @Nullable ListingStatus from, ListingStatus to, @Nullable String reason) {
}

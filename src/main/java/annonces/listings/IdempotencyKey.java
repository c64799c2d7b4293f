package annonces.listings;

import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("idempotency_key")
record IdempotencyKey(UUID accountId, String key, byte[] requestHash, UUID listingId, Instant createdAt) {
}

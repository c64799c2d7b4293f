package annonces.conversations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code guest_contact}: a guest's message waiting for its confirmation link to be followed. */
@MappedEntity("guest_contact")
record PendingContact(@Id byte[] tokenHash, UUID listingId, String name, String email, String body, String clientKey,
                      Instant createdAt, Instant expiresAt, @Nullable Instant confirmedAt, @Nullable UUID conversationId) {
}

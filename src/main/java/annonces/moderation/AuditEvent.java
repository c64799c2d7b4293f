package annonces.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit trail. */
@MappedEntity("audit_event")
public record AuditEvent(
        @Id @GeneratedValue @Nullable Long id,
        Instant at,
        @Nullable UUID actorId,
        String action,
        @Nullable UUID listingId,
        @Nullable UUID accountId,
        @Nullable String fromStatus,
        @Nullable String toStatus,
        @Nullable String reason) {
}

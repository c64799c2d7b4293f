package annonces.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code message_report}: a participant's notice about a message it received. */
@MappedEntity("message_report")
record MessageReport(
        @Id UUID id,
        UUID messageId,
        UUID reporterId,
        ReportReason reason,
        @Nullable String explanation,
        boolean goodFaith,
        Instant createdAt,
        @Nullable Instant resolvedAt) {
}

package annonces.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("report")
record Report(@Id UUID id, UUID listingId, ReportReason reason, @Nullable String explanation,
              @Nullable String reporterEmail, boolean goodFaith, String clientKey, Instant createdAt,
              @Nullable Instant resolvedAt) {
}

package annonces.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("refresh_token")
record RefreshToken(@Id byte[] tokenHash, UUID accountId, Instant createdAt, @Nullable Instant revokedAt) {
}

package annonces.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code account_link}: a single-use link sent by mail, kept as the digest of its token. */
@MappedEntity("account_link")
record AccountLink(
        @Id byte[] tokenHash,
        UUID accountId,
        Purpose purpose,
        String email,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {

    enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }
}

package annonces.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code mail_outbox}: one rendered mail and where its delivery stands. */
@MappedEntity("mail_outbox")
public record OutboxMail(
        @Id UUID id,
        String kind,
        String recipient,
        String subject,
        String textBody,
        String htmlBody,
        @Nullable String unsubscribeUrl,
        Instant createdAt,
        int attempts,
        Instant nextAttemptAt,
        @Nullable Instant sentAt,
        @Nullable Instant failedAt,
        @Nullable String lastError) {
}

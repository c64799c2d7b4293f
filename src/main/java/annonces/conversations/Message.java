package annonces.conversations;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code message}: plain text, never interpreted as markup. */
@MappedEntity("message")
record Message(
        @Id UUID id,
        UUID conversationId,
        boolean fromSeller,
        String body,
        @TypeDef(type = DataType.JSON) String flags,
        Instant createdAt) {
}

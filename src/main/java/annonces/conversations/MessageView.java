package annonces.conversations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message as a participant reads it.
 *
 * @param author   the writer's display name
 * @param warnings for the reader of a message from the other side: what moderation found in it (contact
 *                 details, a payment scam's words), so the reader is warned before acting on it
 */
public record MessageView(UUID id, boolean fromMe, String author, String text, Instant createdAt, List<String> warnings) {
}

package annonces.conversations;

import java.util.UUID;

/**
 * Published in the transaction that stores a message, so that moderation can look at its text (contact
 * details, payment scams) without conversations knowing of moderation.
 */
public record MessagePosted(UUID messageId, UUID conversationId, UUID listingId, String text) {
}

package annonces.moderation;

import annonces.conversations.Conversations;
import annonces.conversations.MessagePosted;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Looks at each message as it is stored (same transaction): contact details (a buyer led off the service is
 * a buyer a scammer can reach) and payment scams' words. What it finds warns the message's reader and lists
 * the message for the moderators ({@code GET /api/v1/admin/messages}).
 */
@Singleton
class MessageFlags {

    static final String CONTACT_IN_TEXT = Flag.CONTACT_IN_TEXT;
    static final String PAYMENT_SCAM = "PAYMENT_SCAM";

    private final Conversations conversations;

    MessageFlags(Conversations conversations) {
        this.conversations = conversations;
    }

    @EventListener
    void onMessage(MessagePosted posted) {
        List<Map<String, String>> flags = new ArrayList<>();
        List<String> contacts = ContactDetails.in(posted.text()).stream().map(ContactDetails.Found::toString).toList();
        if (!contacts.isEmpty()) {
            flags.add(Map.of("code", CONTACT_IN_TEXT, "detail", "contact details: " + String.join(", ", contacts)));
        }
        List<String> scams = PaymentScams.in(posted.text());
        if (!scams.isEmpty()) {
            flags.add(Map.of("code", PAYMENT_SCAM, "detail", "payment scam words: " + String.join(", ", scams)));
        }
        if (!flags.isEmpty()) {
            conversations.flag(posted.messageId(), flags);
        }
    }
}

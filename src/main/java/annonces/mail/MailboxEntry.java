package annonces.mail;

import java.time.Instant;
import java.util.UUID;

/** One mail as the dev mailbox shows it (public for its template). */
public record MailboxEntry(UUID id, String to, String subject, String text, String state, Instant createdAt) {

    static MailboxEntry from(OutboxMail m) {
        String state = m.sentAt() != null ? "delivered" : m.failedAt() != null ? "failed" : "waiting";
        return new MailboxEntry(m.id(), m.recipient(), m.subject(), m.textBody(), state, m.createdAt());
    }
}

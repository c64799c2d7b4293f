package annonces.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * One delivery attempt of one due mail, in one transaction that holds the mail's row for the attempt: no
 * other instance sends it meanwhile, and its outcome (sent, retry later, failed for good) is written before
 * the row is let go. A crash during the attempt rolls the claim back and the mail is tried again.
 */
@Singleton
@Requires(bean = MailTransport.class)
class Deliveries {

    private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);

    private final OutboxRepository outbox;
    private final MailTransport transport;
    private final MailSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;

    Deliveries(OutboxRepository outbox, MailTransport transport, MailSettings settings, Clock clock,
               MeterRegistry meters) {
        this.outbox = outbox;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    /** @return false when no mail was due */
    @Transactional
    boolean deliverNext() {
        Optional<OutboxMail> due = outbox.claimDue(clock.instant());
        if (due.isEmpty()) {
            return false;
        }
        OutboxMail mail = due.get();
        try {
            transport.send(mail);
            outbox.markSent(mail.id(), clock.instant());
            count(mail, "sent");
        } catch (MailTransport.Refused refused) {
            int attempts = mail.attempts() + 1;
            Instant now = clock.instant();
            if (refused.permanent() || attempts >= settings.maxAttempts()) {
                outbox.markFailed(mail.id(), now, refused.getMessage());
                count(mail, "failed");
                LOG.warn("Mail {} ({}) failed for good after {} attempts: {}", mail.id(), mail.kind(), attempts,
                        refused.getMessage());
            } else {
                Instant next = now.plus(settings.backoff(attempts));
                outbox.retryAt(mail.id(), next, refused.getMessage());
                count(mail, "retried");
                LOG.info("Mail {} ({}) not sent, attempt {}; next at {}: {}", mail.id(), mail.kind(), attempts, next,
                        refused.getMessage());
            }
        }
        return true;
    }

    private void count(OutboxMail mail, String result) {
        Counter.builder("annonces.mail.deliveries")
                .description("Delivery attempts of outbox mail: sent, retried (a passing failure), failed (for good)")
                .tag("kind", mail.kind()).tag("result", result).register(meters).increment();
    }
}

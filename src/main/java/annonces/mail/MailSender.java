package annonces.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Every instance polls the outbox and sends what is due, a batch at most per poll. The counts of waiting and
 * failed mail are the database's, not this instance's, so any replica's {@code /prometheus} tells them
 * ({@code annonces_mail_outbox{state="waiting"|"failed"}}).
 */
@Singleton
@Requires(bean = Deliveries.class)
@Requires(property = "annonces.mail.sender.enabled", notEquals = "false")
class MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);

    private final Deliveries deliveries;
    private final OutboxRepository outbox;
    private final MailSettings settings;
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    MailSender(Deliveries deliveries, OutboxRepository outbox, MailSettings settings, MeterRegistry meters) {
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.settings = settings;
        Gauge.builder("annonces.mail.outbox", waiting, AtomicLong::get).tag("state", "waiting")
                .description("Mail in the outbox, by state (the whole database's)").register(meters);
        Gauge.builder("annonces.mail.outbox", failed, AtomicLong::get).tag("state", "failed")
                .description("Mail in the outbox, by state (the whole database's)").register(meters);
    }

    @Scheduled(fixedDelay = "${annonces.mail.poll-interval:1s}", initialDelay = "${annonces.mail.initial-delay:1s}")
    void run() {
        try {
            int sent = 0;
            while (sent < settings.batch() && deliveries.deliverNext()) {
                sent++;
            }
            waiting.set(outbox.countWaiting());
            failed.set(outbox.countFailed());
        } catch (RuntimeException e) {
            // The database is away: the next poll tries again, and nothing was lost (the rows are still there).
            LOG.warn("Mail sender: {}", e.toString());
        }
    }
}

package annonces.conversations;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every instance runs the digest job; {@link DigestMail} makes each digest the work of one of them. */
@Singleton
@Requires(property = "annonces.conversations.digests.enabled", notEquals = "false")
class Digests {

    private static final Logger LOG = LoggerFactory.getLogger(Digests.class);

    private final DigestMail mail;

    Digests(DigestMail mail) {
        this.mail = mail;
    }

    @Scheduled(fixedDelay = "${annonces.conversations.digest-poll:20s}",
            initialDelay = "${annonces.conversations.digest-initial-delay:20s}")
    void run() {
        try {
            while (mail.sendDue() > 0) {
                // another batch may be due
            }
        } catch (RuntimeException e) {
            LOG.warn("Message digests: {}", e.toString());
        }
    }
}

package annonces.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quick start's transport: in {@code dev} without an SMTP relay, a mail is "delivered" by staying in the
 * outbox, readable at {@code /dev/mailbox} ({@link DevMailboxController}), with a log line saying so.
 */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
@Requires(missingProperty = "annonces.smtp.host")
class DevMailbox implements MailTransport {

    private static final Logger LOG = LoggerFactory.getLogger(DevMailbox.class);

    @Override
    public void send(OutboxMail mail) {
        LOG.info("Mail to {} kept in /dev/mailbox: {}", mail.recipient(), mail.subject());
    }
}

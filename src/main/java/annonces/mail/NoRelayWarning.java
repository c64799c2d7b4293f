package annonces.mail;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says at start, outside {@code dev}, that without {@code ANNONCES_SMTP_HOST} mail is kept but not sent. */
@Singleton
@Requires(missingProperty = "annonces.smtp.host")
class NoRelayWarning {

    private static final Logger LOG = LoggerFactory.getLogger(NoRelayWarning.class);

    private final BeanContext beans;

    NoRelayWarning(BeanContext beans) {
        this.beans = beans;
    }

    @EventListener
    void started(StartupEvent event) {
        if (!beans.containsBean(MailTransport.class)) {
            LOG.warn("No ANNONCES_SMTP_HOST: mail is written to the outbox and waits there until a relay is set");
        }
    }
}

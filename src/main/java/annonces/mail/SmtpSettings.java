package annonces.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code annonces.smtp.*} ({@code ANNONCES_SMTP_HOST}, {@code _PORT}, {@code _USERNAME}, {@code _PASSWORD},
 * {@code _TLS}, {@code _FROM}, {@code _FROM_NAME}): the relay that mail goes through. Without a host no mail
 * leaves: it waits in the outbox (and, in {@code dev}, is shown at {@code /dev/mailbox}).
 *
 * @param tls     {@code STARTTLS} (required, the default), {@code SMTPS} (TLS from the first byte, port 465)
 *                or {@code NONE} (a relay on the same host or a test server only)
 * @param timeout for connecting, and for each read and write: a relay that hangs never holds a mail for long
 */
@ConfigurationProperties("annonces.smtp")
public record SmtpSettings(
        @Nullable String host,
        @Bindable(defaultValue = "587") int port,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "STARTTLS") Tls tls,
        @Nullable String from,
        @Bindable(defaultValue = "Petites Annonces") String fromName,
        @Bindable(defaultValue = "10s") Duration timeout) {

    /** How the connection to the relay is protected. */
    public enum Tls { STARTTLS, SMTPS, NONE }

    public SmtpSettings {
        if (host != null && !host.isBlank() && (from == null || from.isBlank())) {
            throw new IllegalArgumentException("ANNONCES_SMTP_FROM is required with ANNONCES_SMTP_HOST: the address "
                    + "mail is sent from (e.g. annonces@example-news.fr)");
        }
    }
}

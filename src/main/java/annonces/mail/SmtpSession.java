package annonces.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import java.util.Properties;

/**
 * The Jakarta Mail session of {@link SmtpTransport}, built from the typed {@link SmtpSettings} rather than from
 * raw {@code javamail.properties}: the timeouts are always set (Jakarta Mail waits forever by default) and
 * STARTTLS, when asked for, is required, never silently skipped.
 */
@Singleton
@Requires(property = "annonces.smtp.host")
class SmtpSession implements SessionProvider {

    private final Session session;

    SmtpSession(SmtpSettings settings) {
        Properties p = new Properties();
        String protocol = settings.tls() == SmtpSettings.Tls.SMTPS ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", settings.host());
        p.put("mail." + protocol + ".port", Integer.toString(settings.port()));
        String millis = Long.toString(settings.timeout().toMillis());
        p.put("mail." + protocol + ".connectiontimeout", millis);
        p.put("mail." + protocol + ".timeout", millis);
        p.put("mail." + protocol + ".writetimeout", millis);
        if (settings.tls() == SmtpSettings.Tls.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (settings.tls() != SmtpSettings.Tls.NONE) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        boolean auth = settings.username() != null && !settings.username().isBlank();
        p.put("mail." + protocol + ".auth", Boolean.toString(auth));
        this.session = auth
                ? Session.getInstance(p, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.username(),
                                settings.password() == null ? "" : settings.password());
                    }
                })
                : Session.getInstance(p);
    }

    @Override
    public Session session() {
        return session;
    }
}

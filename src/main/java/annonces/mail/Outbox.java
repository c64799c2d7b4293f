package annonces.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Where features post mail. A mail is rendered now and written in the caller's transaction, which must exist:
 * it leaves only if what caused it commits, and once it is written, a restart or a relay that is down loses
 * nothing. The {@link MailSender} of some instance sends it within a poll interval.
 */
@Singleton
public class Outbox {

    private final OutboxRepository outbox;
    private final MailTemplates templates;
    private final MailSettings settings;
    private final Clock clock;

    Outbox(OutboxRepository outbox, MailTemplates templates, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A transactional mail (a verification link, a password reset, a moderation decision): what the
     * recipient asked for or must be told, so it carries no unsubscribe link.
     *
     * @param template the name of the templates in {@code mail/}; the model also gets {@code publicUrl}
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public UUID post(String template, String to, Map<String, Object> model) {
        return write(template, to, model, null);
    }

    /**
     * A notification the recipient may turn off (a message digest, an expiry reminder): sent with
     * {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} (RFC 8058) pointing at {@code unsubscribeUrl},
     * which the model also gets.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public UUID notify(String template, String to, Map<String, Object> model, String unsubscribeUrl) {
        return write(template, to, model, unsubscribeUrl);
    }

    /** An absolute link to this service: {@code path} starts with a slash. */
    public String link(String path) {
        return settings.publicUrl() + path;
    }

    /** An absolute link with one query parameter, encoded. */
    public String link(String path, String parameter, String value) {
        return link(path) + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Erasure of an account: its address's mail goes, sent or waiting. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int forget(String address) {
        return outbox.deleteFor(address);
    }

    private UUID write(String template, String to, Map<String, Object> model, @Nullable String unsubscribeUrl) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("publicUrl", settings.publicUrl());
        if (unsubscribeUrl != null) {
            full.put("unsubscribeUrl", unsubscribeUrl);
        }
        MailTemplates.Rendered mail = templates.render(template, full);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        outbox.save(new OutboxMail(id, template, to, mail.subject(), mail.text(), mail.html(), unsubscribeUrl, now,
                0, now, null, null, null));
        return id;
    }
}

package annonces.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code annonces.mail.*}: where the links in mail lead, and how the sender paces itself.
 *
 * @param publicUrl    this service's public address ({@code ANNONCES_PUBLIC_URL}), the base of every link
 * @param pollInterval how often each instance looks for due mail
 * @param batch        at most this many mails an instance sends per poll
 * @param firstRetry   the wait after a first failure, doubled after each further one
 * @param maxRetry     the longest wait between two attempts
 * @param maxAttempts  attempts before a mail that keeps failing is kept as failed
 */
@ConfigurationProperties("annonces.mail")
public record MailSettings(
        @Bindable(defaultValue = "http://localhost:8080") String publicUrl,
        @Bindable(defaultValue = "1s") Duration pollInterval,
        @Bindable(defaultValue = "50") int batch,
        @Bindable(defaultValue = "30s") Duration firstRetry,
        @Bindable(defaultValue = "1h") Duration maxRetry,
        @Bindable(defaultValue = "12") int maxAttempts) {

    public MailSettings {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The wait after the given number of failed attempts (1 for the first): doubling, capped. */
    Duration backoff(int failedAttempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}

package annonces.accounts;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code annonces.accounts.*}.
 *
 * @param requireEmailVerification {@code ANNONCES_REQUIRE_EMAIL_VERIFICATION}: an account's ads wait as DRAFT,
 *                                 and it may not write to other people, until its address is confirmed
 *                                 (true, except in {@code dev})
 * @param verificationLifetime     how long a verification link works
 * @param resetLifetime            how long a password reset link works (30 minutes)
 * @param linksPerHour             mails of one kind (verification, reset) one account may be sent an hour:
 *                                 nobody can flood an inbox through the service
 */
@ConfigurationProperties("annonces.accounts")
public record AccountSettings(
        @Bindable(defaultValue = "true") boolean requireEmailVerification,
        @Bindable(defaultValue = "48h") Duration verificationLifetime,
        @Bindable(defaultValue = "30m") Duration resetLifetime,
        @Bindable(defaultValue = "3") int linksPerHour) {
}

package annonces.accounts;

import annonces.mail.Outbox;
import annonces.system.InvalidInputException;
import annonces.system.NotFoundException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * "Mot de passe oublié": a single-use link, valid 30 minutes, sent to the address if it is an account's. The
 * request answers the same whether it is or not. Using the link sets the new password, signs every device
 * out (all refresh tokens revoked) and tells the holder by mail.
 */
@Singleton
public class PasswordReset {

    private final AccountRepository accounts;
    private final AccountLinks links;
    private final AccountSettings settings;
    private final Passwords passwords;
    private final PasswordRules rules;
    private final RefreshTokens refreshTokens;
    private final Outbox outbox;
    private final ApplicationEventPublisher<EmailVerified> events;
    private final Clock clock;

    PasswordReset(AccountRepository accounts, AccountLinks links, AccountSettings settings, Passwords passwords,
                  PasswordRules rules, RefreshTokens refreshTokens, Outbox outbox,
                  ApplicationEventPublisher<EmailVerified> events, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.settings = settings;
        this.passwords = passwords;
        this.rules = rules;
        this.refreshTokens = refreshTokens;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /** Sends a link if the address is an active account's, at most a few an hour; silent otherwise. */
    @Transactional
    public void request(String email) {
        accounts.findByEmail(email.strip()).filter(Account::active)
                .filter(a -> links.sentInTheLastHour(a.id(), AccountLink.Purpose.RESET_PASSWORD) < settings.linksPerHour())
                .ifPresent(account -> {
                    String token = links.issue(account.id(), AccountLink.Purpose.RESET_PASSWORD, account.email(),
                            settings.resetLifetime());
                    outbox.post("password-reset", account.email(), Map.of(
                            "displayName", account.displayName(),
                            "link", outbox.link("/compte/mot-de-passe", "token", token),
                            "minutes", settings.resetLifetime().toMinutes()));
                });
    }

    @Transactional
    public void reset(String token, String newPassword) {
        AccountLink link = links.use(token, AccountLink.Purpose.RESET_PASSWORD);
        Account account = accounts.findById(link.accountId()).filter(Account::active)
                .orElseThrow(() -> new NotFoundException("No such account"));
        rules.refusal(newPassword, account.email(), account.displayName()).ifPresent(why -> {
            throw new InvalidInputException("password", why);
        });
        Instant now = clock.instant();
        Account changed = account.withPassword(passwords.hash(newPassword), now);
        if (!account.emailVerified() && account.email().equalsIgnoreCase(link.email())) {
            // The link reached the inbox: that proves the address as well as a verification link would.
            changed = changed.verified(link.email(), now);
            events.publishEvent(new EmailVerified(account.id(), now));
        }
        accounts.update(changed);
        refreshTokens.revokeAll(account.id());
        outbox.post("password-changed", account.email(), Map.of("displayName", account.displayName(),
                "link", outbox.link("/compte/mot-de-passe-oublie")));
    }
}

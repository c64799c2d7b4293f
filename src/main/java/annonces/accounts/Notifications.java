package annonces.accounts;

import annonces.mail.Outbox;
import annonces.system.SignedTokens;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether an account wants the mail it may turn off (message digests, expiry reminders), and the one-click link
 * that turns it off (RFC 8058): a signed token naming the account, which never expires, so that the button of
 * an old mail still works. Transactional mail is not concerned.
 */
@Singleton
public class Notifications {

    private static final String PURPOSE = "unsubscribe";

    private final AccountRepository accounts;
    private final SignedTokens tokens;
    private final Outbox outbox;
    private final Clock clock;

    Notifications(AccountRepository accounts, SignedTokens tokens, Outbox outbox, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An account to notify by mail: active, and not unsubscribed. */
    public record Recipient(UUID accountId, String email, String displayName, String unsubscribeUrl) {
    }

    /** The account, if it is to be told by mail; empty when it is closed or turned notifications off. */
    @Transactional(readOnly = true)
    public Optional<Recipient> recipient(UUID accountId) {
        return accounts.findById(accountId).filter(Account::active).filter(Account::emailNotifications)
                .map(a -> new Recipient(a.id(), a.email(), a.displayName(), outbox.link("/compte/desabonnement", "token",
                        tokens.issue(PURPOSE, null, a.id().toString()))));
    }

    /** The one-click unsubscribe; a forged token is a 400 naming {@code token}. */
    @Transactional
    public Account unsubscribe(String token) {
        UUID id = UUID.fromString(tokens.open(PURPOSE, token).get(0));
        Account account = accounts.findById(id).orElseThrow();
        if (!account.emailNotifications()) {
            return account;
        }
        return accounts.update(account.withProfile(account.displayName(), account.phone(), account.pendingEmail(),
                false, account.showPhone(), clock.instant()));
    }
}

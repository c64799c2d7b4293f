package annonces.accounts;

import annonces.mail.Outbox;
import annonces.system.ConflictException;
import annonces.system.NotFoundException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Confirming that an address belongs to the account's holder: a link sent at registration and at each change
 * of address. Where {@link AccountSettings#requireEmailVerification()} holds, an unconfirmed account's ads
 * wait as DRAFT and it may not write to anyone; other features ask {@link #satisfied(UUID)}.
 */
@Singleton
public class EmailVerification {

    private final AccountRepository accounts;
    private final AccountLinks links;
    private final AccountSettings settings;
    private final Outbox outbox;
    private final ApplicationEventPublisher<EmailVerified> events;
    private final Clock clock;

    EmailVerification(AccountRepository accounts, AccountLinks links, AccountSettings settings, Outbox outbox,
                      ApplicationEventPublisher<EmailVerified> events, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.settings = settings;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the account may act as a verified one: its address confirmed, or no confirmation asked for. */
    @Transactional(readOnly = true)
    public boolean satisfied(UUID accountId) {
        return !settings.requireEmailVerification()
                || accounts.findById(accountId).map(Account::emailVerified).orElse(false);
    }

    /** Sends a link confirming {@code address} for the account (its own, or the pending new one). */
    void sendLink(Account account, String address) {
        if (links.sentInTheLastHour(account.id(), AccountLink.Purpose.VERIFY_EMAIL) >= settings.linksPerHour()) {
            return; // the holder has several in the inbox already; the newest works
        }
        String token = links.issue(account.id(), AccountLink.Purpose.VERIFY_EMAIL, address,
                settings.verificationLifetime());
        outbox.post("verify-email", address, Map.of(
                "displayName", account.displayName(),
                "link", outbox.link("/compte/verification", "token", token),
                "hours", settings.verificationLifetime().toHours(),
                "change", !address.equalsIgnoreCase(account.email())));
    }

    /** {@code POST /api/v1/me/email-verification}: a new link, for the pending address or the current one. */
    @Transactional
    public void resend(Caller caller) {
        Account account = accounts.findById(caller.accountId()).orElseThrow(() -> new NotFoundException("No such account"));
        if (account.pendingEmail() != null) {
            sendLink(account, account.pendingEmail());
        } else if (account.emailVerified()) {
            throw new ConflictException("The address " + account.email() + " is already verified");
        } else {
            sendLink(account, account.email());
        }
    }

    /** The link followed: the address it was sent to is confirmed, and becomes the account's if it was a change. */
    @Transactional
    public Account verify(String token) {
        AccountLink link = links.use(token, AccountLink.Purpose.VERIFY_EMAIL);
        Account account = accounts.findById(link.accountId()).filter(Account::active)
                .orElseThrow(() -> new NotFoundException("No such account"));
        boolean change = account.pendingEmail() != null && account.pendingEmail().equalsIgnoreCase(link.email());
        if (!change && !account.email().equalsIgnoreCase(link.email())) {
            throw new ConflictException("This link confirms " + link.email() + ", which is no longer this account's "
                    + "address nor the one it asked for");
        }
        if (change && accounts.findByEmail(link.email()).filter(a -> !a.id().equals(account.id())).isPresent()) {
            throw new ConflictException("Another account took the address " + link.email() + " meanwhile");
        }
        boolean first = !account.emailVerified();
        Instant now = clock.instant();
        Account verified = accounts.update(account.verified(link.email(), now));
        if (first) {
            events.publishEvent(new EmailVerified(account.id(), now));
        }
        return verified;
    }
}

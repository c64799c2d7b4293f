package annonces.moderation;

import annonces.accounts.Account;
import annonces.accounts.Accounts;
import annonces.listings.Listings;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/**
 * A ban, in one transaction: the account refused, its tokens revoked, its published ads suspended, all audited,
 * and the holder told why (DSA art. 17).
 */
@Singleton
class Bans {

    private final Accounts accounts;
    private final Listings listings;
    private final AuditEventRepository audit;
    private final DecisionMail mail;
    private final Clock clock;

    Bans(Accounts accounts, Listings listings, AuditEventRepository audit, DecisionMail mail, Clock clock) {
        this.accounts = accounts;
        this.listings = listings;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock;
    }

    record Banned(UUID accountId, String status, int suspendedListings) {
    }

    @Transactional
    Banned ban(UUID adminId, UUID accountId, String reason) {
        Account banned = accounts.ban(accountId);
        audit.save(new AuditEvent(null, clock.instant(), adminId, "BAN", null, accountId, "ACTIVE", "BANNED", reason));
        int suspended = listings.suspendAllOf(adminId, accountId, reason);
        mail.banned(banned.email(), banned.displayName(), reason);
        return new Banned(banned.id(), banned.status().name(), suspended);
    }
}

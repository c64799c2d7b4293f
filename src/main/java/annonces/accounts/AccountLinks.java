package annonces.accounts;

import annonces.system.InvalidInputException;
import annonces.system.Sha256;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Single-use links: 256 random bits in the mail, their SHA-256 in the database. A new link of a purpose
 * retires the account's older ones; a link works once, until it expires.
 */
@Singleton
class AccountLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration WINDOW = Duration.ofHours(1);

    private final AccountLinkRepository links;
    private final Clock clock;

    AccountLinks(AccountLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** @return the token to put in the mail's link */
    String issue(UUID accountId, AccountLink.Purpose purpose, String email, Duration lifetime) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        links.retire(accountId, purpose.name(), now);
        links.save(new AccountLink(Sha256.of(token), accountId, purpose, email, now, now.plus(lifetime), null));
        return token;
    }

    /** How many links of this purpose the account was sent in the last hour. */
    long sentInTheLastHour(UUID accountId, AccountLink.Purpose purpose) {
        return links.countSince(accountId, purpose.name(), clock.instant().minus(WINDOW));
    }

    /**
     * Uses the link: the caller's transaction marks it used. A forged, used, expired or other-purpose token is
     * refused with one message, which tells nothing about which it was.
     */
    AccountLink use(String token, AccountLink.Purpose purpose) {
        Instant now = clock.instant();
        AccountLink link = token == null || token.isBlank() ? null : links.findForUse(Sha256.of(token.strip())).orElse(null);
        if (link == null || link.purpose() != purpose || link.usedAt() != null || !link.expiresAt().isAfter(now)) {
            throw new InvalidInputException("token", "this link is not valid: it was already used, has expired or "
                    + "was replaced by a newer one; ask for a new one");
        }
        links.markUsed(link.tokenHash(), now);
        return link;
    }

    void forgetAllOf(UUID accountId) {
        links.deleteAllOf(accountId);
    }
}

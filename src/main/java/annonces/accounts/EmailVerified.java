package annonces.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the transaction that confirms an account's first address, so that what waited for it (the
 * account's DRAFT ads) goes on without accounts knowing of ads.
 */
public record EmailVerified(UUID accountId, Instant at) {
}

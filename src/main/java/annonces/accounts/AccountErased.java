package annonces.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published in the transaction that erases an account (GDPR art. 17), so that each feature erases what it
 * keeps of that person: listings withdraw the ads, moderation drops the addresses reports were sent from.
 *
 * @param formerAddresses the e-mail and any pending one, for the features that keep addresses (never stored)
 */
public record AccountErased(UUID accountId, List<String> formerAddresses, Instant at) {
}

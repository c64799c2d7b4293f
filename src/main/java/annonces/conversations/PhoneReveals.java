package annonces.conversations;

import annonces.accounts.Account;
import annonces.accounts.AccountRepository;
import annonces.listings.Listing;
import annonces.listings.Listings;
import annonces.system.Keyring;
import annonces.system.NotFoundException;
import annonces.system.TooManyRequestsException;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * "Voir le numéro": the seller's phone, only where the seller chose to show it ({@code showPhone}), one reveal
 * at a time and at most {@value #PER_HOUR} an hour per client, so that a scraper cannot harvest the numbers.
 */
@Singleton
class PhoneReveals {

    static final int PER_HOUR = 10;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final Listings listings;
    private final AccountRepository accounts;
    private final Reveals reveals;
    private final Keyring keyring;
    private final Clock clock;

    PhoneReveals(Listings listings, AccountRepository accounts, Reveals reveals, Keyring keyring, Clock clock) {
        this.listings = listings;
        this.accounts = accounts;
        this.reveals = reveals;
        this.keyring = keyring;
        this.clock = clock;
    }

    /** The number, counted against the client's allowance; 404 when the seller does not show one. */
    @Transactional
    String reveal(String listingId, String clientAddress) {
        Listing listing = listings.visible(listingId, Optional.empty());
        String phone = accounts.findById(listing.sellerId()).filter(Account::active).filter(Account::showPhone)
                .map(Account::phone).orElseThrow(() -> new NotFoundException("The seller does not show a phone number"));
        String client = keyring.clientKey("phone", clientAddress);
        Instant now = clock.instant();
        reveals.lock("phone:" + client);
        if (reveals.countFrom(client, now.minus(WINDOW)) >= PER_HOUR) {
            throw new TooManyRequestsException("At most " + PER_HOUR + " phone numbers an hour", WINDOW.toSeconds() / 6);
        }
        reveals.record(client, listing.id(), now);
        return phone;
    }

    /** The {@code phone_reveal} table's statements (anchored on the feature's entity: the table has no key). */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Reveals extends GenericRepository<Conversation, UUID> {

        @Query("INSERT INTO phone_reveal (client_key, listing_id, at) VALUES (:client, :listingId, :at)")
        void record(String client, UUID listingId, Instant at);

        @Query("SELECT count(*) FROM phone_reveal WHERE client_key = :client AND at > :since")
        long countFrom(String client, Instant since);

        @Query("SELECT pg_advisory_xact_lock(hashtext(:key)) IS NULL")
        boolean lock(String key);
    }
}

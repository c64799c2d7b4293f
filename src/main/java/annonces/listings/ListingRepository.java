package annonces.listings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ListingRepository extends CrudRepository<Listing, UUID> {

    /** A seller's ads, newest first, after a keyset position (index {@code listing_seller_newest}). */
    @Query("""
            SELECT * FROM listing
            WHERE seller_id = :sellerId
              AND (CAST(:status AS text) IS NULL OR status = CAST(:status AS text))
              AND (created_at, id) < (:beforeCreatedAt, :beforeId)
            ORDER BY created_at DESC, id DESC
            LIMIT :limit""")
    List<Listing> findBySeller(UUID sellerId, @Nullable String status, Instant beforeCreatedAt, UUID beforeId, int limit);

    /** Ads in a status, oldest first, after a keyset position: the moderation queue (index listing_pending_oldest). */
    @Query("""
            SELECT * FROM listing
            WHERE status = :status AND (created_at, id) > (:afterCreatedAt, :afterId)
            ORDER BY created_at, id
            LIMIT :limit""")
    List<Listing> findQueue(String status, Instant afterCreatedAt, UUID afterId, int limit);

    @Query("SELECT * FROM listing WHERE seller_id = :sellerId AND status = 'PUBLISHED' ORDER BY id")
    List<Listing> findPublishedBySeller(UUID sellerId);

    /** A seller's ads in one status, locked for this transaction (drafts to submit). */
    @Query("SELECT * FROM listing WHERE seller_id = :sellerId AND status = :status ORDER BY created_at FOR UPDATE")
    List<Listing> findBySellerInStatus(UUID sellerId, String status);

    /** A seller's ads that are not final yet (SOLD and WITHDRAWN are), locked for this transaction. */
    @Query("""
            SELECT * FROM listing WHERE seller_id = :sellerId AND status NOT IN ('SOLD', 'WITHDRAWN')
            ORDER BY created_at FOR UPDATE""")
    List<Listing> findLiveBySeller(UUID sellerId);

    /**
     * Published ads expiring before {@code horizon} whose seller was not reminded of this expiry yet, locked;
     * rows another instance holds are skipped (index listing_published_expiry).
     */
    @Query("""
            SELECT l.* FROM listing l
            WHERE l.status = 'PUBLISHED' AND l.expires_at > :now AND l.expires_at <= :horizon
              AND NOT EXISTS (SELECT 1 FROM expiry_reminder r WHERE r.listing_id = l.id AND r.expires_at = l.expires_at)
            ORDER BY l.expires_at LIMIT :limit FOR UPDATE OF l SKIP LOCKED""")
    List<Listing> findToRemind(Instant now, Instant horizon, int limit);

    @Query("INSERT INTO expiry_reminder (listing_id, expires_at, sent_at) VALUES (:listingId, :expiresAt, :at) "
            + "ON CONFLICT DO NOTHING")
    void recordReminder(UUID listingId, Instant expiresAt, Instant at);

    @Query("SELECT * FROM listing WHERE id = :id FOR UPDATE")
    Listing lockById(UUID id);

    /** Published ads past their expiry, locked for this transaction; rows another instance holds are skipped. */
    @Query("""
            SELECT * FROM listing WHERE status = 'PUBLISHED' AND expires_at <= :now
            ORDER BY expires_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<Listing> findDueForExpiry(Instant now, int limit);

    /** One expiry run at a time across every instance sharing the database; released at commit. */
    @Query("SELECT pg_try_advisory_xact_lock(7302)")
    boolean tryLockExpiry();

    /**
     * Replaces an ad's automatic moderation flags and nothing else: no {@code version} bump, because flags are
     * not content and must not make a seller's {@code If-Match} stale.
     */
    @Query("UPDATE listing SET moderation_flags = CAST(:flags AS jsonb) WHERE id = :id")
    int setModerationFlags(UUID id, String flags);
}

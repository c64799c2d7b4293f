package annonces.conversations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ConversationRepository extends GenericRepository<Conversation, UUID> {

    Optional<Conversation> findById(UUID id);

    /** The conversation, locked for this transaction: two messages at once update it one after the other. */
    @Query("SELECT * FROM conversation WHERE id = :id FOR UPDATE")
    Optional<Conversation> findForUpdate(UUID id);

    /**
     * Opens the buyer's thread on the ad unless it exists; either way the caller then locks it. Two first
     * messages at once make one thread.
     */
    @Query("""
            INSERT INTO conversation (id, listing_id, seller_id, buyer_id, created_at, last_message_at, opened_by_client)
            VALUES (:id, :listingId, :sellerId, :buyerId, :now, :now, :client)
            ON CONFLICT (buyer_id, listing_id) WHERE buyer_id IS NOT NULL DO NOTHING""")
    int openIfAbsent(UUID id, UUID listingId, UUID sellerId, UUID buyerId, Instant now, String client);

    @Query("""
            INSERT INTO conversation (id, listing_id, seller_id, guest_name, guest_email, created_at, last_message_at,
                                      opened_by_client)
            VALUES (:id, :listingId, :sellerId, :name, :email, :now, :now, :client)""")
    void openForGuest(UUID id, UUID listingId, UUID sellerId, String name, String email, Instant now, String client);

    @Query("UPDATE conversation SET guest_blocked_at = :at WHERE id = :id")
    void blockGuest(UUID id, @Nullable Instant at);

    @Query("SELECT * FROM conversation WHERE buyer_id = :buyerId AND listing_id = :listingId FOR UPDATE")
    Optional<Conversation> findByBuyerForUpdate(UUID buyerId, UUID listingId);

    @Query("SELECT count(*) FROM conversation WHERE buyer_id = :buyerId AND created_at > :since")
    long countOpenedBy(UUID buyerId, Instant since);

    @Query("SELECT count(*) FROM conversation WHERE opened_by_client = :client AND created_at > :since")
    long countOpenedFrom(String client, Instant since);

    /** Serialises one account's (or client's) new conversations across instances, so a limit holds under a race. */
    @Query("SELECT pg_advisory_xact_lock(hashtext(:key)) IS NULL")
    boolean lock(String key);

    /** A message from {@code side}: the thread's activity moves, and the other side has something to be told. */
    @Query("""
            UPDATE conversation SET last_message_at = :at,
              seller_unnotified_since = CASE WHEN :fromSeller THEN seller_unnotified_since
                                             ELSE coalesce(seller_unnotified_since, :at) END,
              buyer_unnotified_since = CASE WHEN :fromSeller THEN coalesce(buyer_unnotified_since, :at)
                                            ELSE buyer_unnotified_since END,
              seller_read_at = CASE WHEN :fromSeller THEN :at ELSE seller_read_at END,
              buyer_read_at = CASE WHEN :fromSeller THEN buyer_read_at ELSE :at END
            WHERE id = :id""")
    void recordMessage(UUID id, boolean fromSeller, Instant at);

    /** Read up to now: nothing of it is unread, nor waits for a digest. */
    @Query("""
            UPDATE conversation SET
              seller_read_at = CASE WHEN :seller THEN :at ELSE seller_read_at END,
              seller_unnotified_since = CASE WHEN :seller THEN NULL ELSE seller_unnotified_since END,
              buyer_read_at = CASE WHEN :seller THEN buyer_read_at ELSE :at END,
              buyer_unnotified_since = CASE WHEN :seller THEN buyer_unnotified_since ELSE NULL END
            WHERE id = :id""")
    void markRead(UUID id, boolean seller, Instant at);

    /**
     * Sides with messages they were not mailed about, whose last digest is old enough, locked; rows another
     * instance is mailing are skipped.
     */
    @Query("""
            SELECT * FROM conversation
            WHERE (seller_unnotified_since IS NOT NULL AND (seller_notified_at IS NULL OR seller_notified_at <= :notBefore))
               OR (buyer_unnotified_since IS NOT NULL AND (buyer_notified_at IS NULL OR buyer_notified_at <= :notBefore))
            ORDER BY least(seller_unnotified_since, buyer_unnotified_since)
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    List<Conversation> findDigestsDue(Instant notBefore, int limit);

    @Query("""
            UPDATE conversation SET
              seller_notified_at = CASE WHEN :seller THEN :at ELSE seller_notified_at END,
              seller_unnotified_since = CASE WHEN :seller THEN NULL ELSE seller_unnotified_since END,
              buyer_notified_at = CASE WHEN :seller THEN buyer_notified_at ELSE :at END,
              buyer_unnotified_since = CASE WHEN :seller THEN buyer_unnotified_since ELSE NULL END
            WHERE id = :id""")
    void markNotified(UUID id, boolean seller, Instant at);

    /** {@code blocker} accepts no message from {@code blocked} any more, in any conversation (account_block). */
    @Query("INSERT INTO account_block (blocker_id, blocked_id, created_at) VALUES (:blocker, :blocked, :at) "
            + "ON CONFLICT DO NOTHING")
    void block(UUID blocker, UUID blocked, Instant at);

    @Query("DELETE FROM account_block WHERE blocker_id = :blocker AND blocked_id = :blocked")
    void unblock(UUID blocker, UUID blocked);

    @Query("SELECT EXISTS (SELECT 1 FROM account_block WHERE blocker_id = :blocker AND blocked_id = :blocked)")
    boolean blocks(UUID blocker, UUID blocked);

    @Query("SELECT * FROM conversation WHERE seller_id = :accountId OR buyer_id = :accountId")
    List<Conversation> findAllOf(UUID accountId);

    @Nullable
    @Query("SELECT conversation_id FROM message WHERE id = :messageId")
    UUID conversationOfMessage(UUID messageId);
}

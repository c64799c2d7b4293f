package annonces.conversations;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MessageRepository extends GenericRepository<Message, UUID> {

    Message save(Message message);

    Optional<Message> findById(UUID id);

    /** A thread newest first, before a keyset position (index message_thread). */
    @Query("""
            SELECT * FROM message
            WHERE conversation_id = :conversationId AND (created_at, id) < (:beforeAt, :beforeId)
            ORDER BY created_at DESC, id DESC
            LIMIT :limit""")
    List<Message> findThread(UUID conversationId, Instant beforeAt, UUID beforeId, int limit);

    /** What one side has not been mailed about: the other side's messages after {@code after}, oldest first. */
    @Query("""
            SELECT * FROM message
            WHERE conversation_id = :conversationId AND from_seller = :fromSeller AND created_at > :after
            ORDER BY created_at, id
            LIMIT 20""")
    List<Message> findSince(UUID conversationId, boolean fromSeller, Instant after);

    /** Messages an account wrote since an instant, in every conversation it is on: the message rate limit. */
    @Query("""
            SELECT count(*) FROM message m JOIN conversation c ON c.id = m.conversation_id
            WHERE m.created_at > :since
              AND ((c.seller_id = :accountId AND m.from_seller) OR (c.buyer_id = :accountId AND NOT m.from_seller))""")
    long countWrittenBy(UUID accountId, Instant since);

    @Query("SELECT count(*) FROM message WHERE conversation_id = :conversationId AND from_seller = :fromSeller "
            + "AND created_at > :since")
    long countInThreadSince(UUID conversationId, boolean fromSeller, Instant since);

    @Query("UPDATE message SET flags = CAST(:flags AS jsonb) WHERE id = :id")
    void setFlags(UUID id, String flags);

    /** Flagged messages newest first, for the moderators (index message_flagged). */
    @Query("""
            SELECT * FROM message WHERE flags <> '[]' AND (created_at, id) < (:beforeAt, :beforeId)
            ORDER BY created_at DESC, id DESC LIMIT :limit""")
    List<Message> findFlagged(Instant beforeAt, UUID beforeId, int limit);
}

package annonces.conversations;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PendingContactRepository extends GenericRepository<PendingContact, byte[]> {

    @Query("""
            INSERT INTO guest_contact (token_hash, listing_id, name, email, body, client_key, created_at, expires_at)
            VALUES (:tokenHash, :listingId, :name, :email, :body, :clientKey, :now, :expires)""")
    void insert(byte[] tokenHash, UUID listingId, String name, String email, String body, String clientKey,
                Instant now, Instant expires);

    @Query("SELECT * FROM guest_contact WHERE token_hash = :tokenHash")
    Optional<PendingContact> findByTokenHash(byte[] tokenHash);

    /** Locked: two clicks on the link at once deliver the message once. */
    @Query("SELECT * FROM guest_contact WHERE token_hash = :tokenHash FOR UPDATE")
    Optional<PendingContact> findForUpdate(byte[] tokenHash);

    @Query("UPDATE guest_contact SET confirmed_at = :at, conversation_id = :conversationId WHERE token_hash = :tokenHash")
    void confirm(byte[] tokenHash, Instant at, UUID conversationId);

    @Query("SELECT count(*) FROM guest_contact WHERE client_key = :client AND created_at > :since")
    long countFromClient(String client, Instant since);

    @Query("SELECT count(*) FROM guest_contact WHERE lower(email) = lower(:email) AND created_at > :since")
    long countFromAddress(String email, Instant since);

    @Query("SELECT pg_advisory_xact_lock(hashtext(:key)) IS NULL")
    boolean lock(String key);
}

package annonces.mail;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxRepository extends CrudRepository<OutboxMail, UUID> {

    /**
     * The oldest due mail that no other sender holds, locked until the caller's transaction ends: another
     * instance skips it instead of sending it a second time.
     */
    @Query("""
            SELECT * FROM mail_outbox
            WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= :now
            ORDER BY next_attempt_at
            LIMIT 1
            FOR UPDATE SKIP LOCKED""")
    Optional<OutboxMail> claimDue(Instant now);

    @Query("UPDATE mail_outbox SET sent_at = :at, attempts = attempts + 1, last_error = NULL WHERE id = :id")
    void markSent(UUID id, Instant at);

    @Query("UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error WHERE id = :id")
    void retryAt(UUID id, Instant next, String error);

    @Query("UPDATE mail_outbox SET attempts = attempts + 1, failed_at = :at, last_error = :error WHERE id = :id")
    void markFailed(UUID id, Instant at, String error);

    @Query("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL")
    long countWaiting();

    @Query("SELECT count(*) FROM mail_outbox WHERE failed_at IS NOT NULL")
    long countFailed();

    @Query("SELECT * FROM mail_outbox ORDER BY created_at DESC, id LIMIT :limit")
    List<OutboxMail> newest(int limit);

    /** Erasure: no trace of an address's mail is kept, sent or not. */
    @Query("DELETE FROM mail_outbox WHERE lower(recipient) = lower(:address)")
    int deleteFor(String address);
}

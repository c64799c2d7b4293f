package annonces.moderation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MessageReportRepository extends GenericRepository<MessageReport, UUID> {

    /** @return 0 when this participant had already reported this message */
    @Query("""
            INSERT INTO message_report (id, message_id, reporter_id, reason, explanation, good_faith, created_at)
            VALUES (:id, :messageId, :reporterId, :reason, :explanation, :goodFaith, :at)
            ON CONFLICT (message_id, reporter_id) DO NOTHING""")
    int insertOnce(UUID id, UUID messageId, UUID reporterId, String reason, String explanation, boolean goodFaith,
                   Instant at);

    @Query("SELECT * FROM message_report WHERE resolved_at IS NULL ORDER BY created_at LIMIT 500")
    List<MessageReport> findOpen();

    @Query("UPDATE message_report SET resolved_at = :at WHERE id = :id AND resolved_at IS NULL")
    int resolve(UUID id, Instant at);
}

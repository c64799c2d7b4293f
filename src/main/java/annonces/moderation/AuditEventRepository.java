package annonces.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEventRepository extends GenericRepository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    /** Newest first, after a keyset position; every filter optional. */
    @Query("""
            SELECT * FROM audit_event
            WHERE (CAST(:listingId AS uuid) IS NULL OR listing_id = :listingId)
              AND (CAST(:accountId AS uuid) IS NULL OR account_id = :accountId OR actor_id = :accountId)
              AND (CAST(:action AS text) IS NULL OR action = :action)
              AND (CAST(:from AS timestamptz) IS NULL OR at >= :from)
              AND (CAST(:to AS timestamptz) IS NULL OR at < :to)
              AND (at, id) < (:beforeAt, :beforeId)
            ORDER BY at DESC, id DESC
            LIMIT :limit""")
    List<AuditEvent> find(@Nullable UUID listingId, @Nullable UUID accountId, @Nullable String action,
                          @Nullable Instant from, @Nullable Instant to, Instant beforeAt, long beforeId, int limit);
}

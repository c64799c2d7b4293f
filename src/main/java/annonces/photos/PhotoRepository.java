package annonces.photos;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PhotoRepository extends CrudRepository<Photo, UUID> {

    @Query("SELECT * FROM photo WHERE listing_id = :listingId AND status = 'LIVE' ORDER BY position, created_at")
    List<Photo> findLive(UUID listingId);

    /** Photos that count against an ad's limit: shown, and being uploaded. */
    @Query("SELECT count(*) FROM photo WHERE listing_id = :listingId AND status <> 'DELETED'")
    int countKept(UUID listingId);

    /** Uploads of a seller since a moment, deleted ones too: deleting does not give an upload back. */
    @Query("SELECT count(*) FROM photo WHERE seller_id = :sellerId AND created_at >= :since")
    int countUploadedSince(UUID sellerId, Instant since);

    @Query("SELECT coalesce(max(position), -1) FROM photo WHERE listing_id = :listingId AND status = 'LIVE'")
    int lastPosition(UUID listingId);

    @Query("UPDATE photo SET status = 'LIVE', position = :position, changed_at = :at WHERE id = :id AND status = 'UPLOADING'")
    int markLive(UUID id, int position, Instant at);

    @Query("UPDATE photo SET position = :position, changed_at = :at WHERE id = :id")
    void reposition(UUID id, int position, Instant at);

    @Query("UPDATE photo SET status = 'DELETED', changed_at = :at WHERE id = :id AND status <> 'DELETED'")
    int markDeleted(UUID id, Instant at);

    @Query("UPDATE photo SET status = 'DELETED', changed_at = :at WHERE listing_id = :listingId AND status <> 'DELETED'")
    int markAllDeleted(UUID listingId, Instant at);

    /** Deleted photos, and uploads abandoned by a dead instance, locked; rows another sweeper holds are skipped. */
    @Query("""
            SELECT * FROM photo
            WHERE status = 'DELETED' OR (status = 'UPLOADING' AND changed_at < :abandonedBefore)
            ORDER BY changed_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<Photo> findToSweep(Instant abandonedBefore, int limit);

    /** Ads off the site for good since before {@code before} that still have photos. */
    @Query("""
            SELECT DISTINCT p.listing_id FROM photo p JOIN listing l ON l.id = p.listing_id
            WHERE p.status <> 'DELETED'
              AND l.status IN ('SOLD', 'WITHDRAWN', 'EXPIRED', 'REJECTED', 'SUSPENDED') AND l.updated_at < :before
            LIMIT :limit""")
    List<UUID> findListingsPastRetention(Instant before, int limit);

    @Query("SELECT DISTINCT listing_id FROM photo WHERE seller_id = :sellerId AND status <> 'DELETED'")
    List<UUID> findListingsOfSeller(UUID sellerId);
}

package annonces.moderation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReportRepository extends GenericRepository<Report, UUID> {

    /** Serialises the reports of one client across instances, so its allowance cannot be overrun by a race. */
    @Query("SELECT pg_advisory_xact_lock(hashtext(:clientKey)) IS NULL")
    boolean lockClient(String clientKey);

    @Query("SELECT * FROM report WHERE client_key = :clientKey AND created_at > :since ORDER BY created_at")
    List<Report> findRecentByClient(String clientKey, Instant since);

    @Query("SELECT * FROM report WHERE listing_id = :listingId AND client_key = :clientKey")
    Optional<Report> findByListingAndClient(UUID listingId, String clientKey);

    Report save(Report report);

    @Query("SELECT count(DISTINCT client_key) FROM report WHERE listing_id = :listingId AND resolved_at IS NULL")
    long countOpenClients(UUID listingId);

    @Query("SELECT count(*) FROM report WHERE listing_id = :listingId AND resolved_at IS NULL")
    int countOpen(UUID listingId);

    @Query("UPDATE report SET resolved_at = :at WHERE listing_id = :listingId AND resolved_at IS NULL")
    int resolve(UUID listingId, Instant at);

    /** The open reports of one ad whose reporter gave an address: they are told the decision (DSA art. 16). */
    @Query("SELECT * FROM report WHERE listing_id = :listingId AND resolved_at IS NULL AND reporter_email IS NOT NULL")
    List<Report> findOpenWithAddress(UUID listingId);

    /** Erasure: the addresses an erased account gave as a reporter go. */
    @Query("UPDATE report SET reporter_email = NULL WHERE lower(reporter_email) = lower(:address)")
    int forgetAddress(String address);

    @Query("SELECT * FROM report WHERE resolved_at IS NULL ORDER BY listing_id, created_at")
    List<Report> findOpen();
}

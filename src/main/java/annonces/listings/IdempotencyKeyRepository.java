package annonces.listings;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IdempotencyKeyRepository extends GenericRepository<IdempotencyKey, Void> {

    /**
     * Claims the key, or does nothing when it is taken. A concurrent claim of the same key waits here for
     * the first transaction to end, so the loser then reads the winner's ad.
     */
    @Query("""
            INSERT INTO idempotency_key (account_id, key, request_hash, listing_id, created_at)
            VALUES (:accountId, :key, :requestHash, :listingId, :createdAt)
            ON CONFLICT (account_id, key) DO NOTHING""")
    int claim(UUID accountId, String key, byte[] requestHash, UUID listingId, Instant createdAt);

    @Query("SELECT * FROM idempotency_key WHERE account_id = :accountId AND key = :key")
    Optional<IdempotencyKey> find(UUID accountId, String key);
}

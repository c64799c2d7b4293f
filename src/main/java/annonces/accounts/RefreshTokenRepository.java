package annonces.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefreshTokenRepository extends GenericRepository<RefreshToken, byte[]> {

    RefreshToken save(RefreshToken token);

    @Query("SELECT * FROM refresh_token WHERE token_hash = :tokenHash AND revoked_at IS NULL")
    Optional<RefreshToken> findLive(byte[] tokenHash);

    @Query("UPDATE refresh_token SET revoked_at = :now WHERE account_id = :accountId AND revoked_at IS NULL")
    int revokeAll(UUID accountId, Instant now);
}

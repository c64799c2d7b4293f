package annonces.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountLinkRepository extends GenericRepository<AccountLink, byte[]> {

    AccountLink save(AccountLink link);

    /** The link, locked: of two clicks at once, one uses it and the other finds it used. */
    @Query("SELECT * FROM account_link WHERE token_hash = :tokenHash FOR UPDATE")
    Optional<AccountLink> findForUse(byte[] tokenHash);

    @Query("UPDATE account_link SET used_at = :at WHERE token_hash = :tokenHash")
    void markUsed(byte[] tokenHash, Instant at);

    /** A new link of a purpose retires the older ones: only the latest mail works. */
    @Query("UPDATE account_link SET used_at = :at WHERE account_id = :accountId AND purpose = :purpose AND used_at IS NULL")
    void retire(UUID accountId, String purpose, Instant at);

    @Query("SELECT count(*) FROM account_link WHERE account_id = :accountId AND purpose = :purpose AND created_at > :since")
    long countSince(UUID accountId, String purpose, Instant since);

    @Query("DELETE FROM account_link WHERE account_id = :accountId")
    void deleteAllOf(UUID accountId);
}

package annonces.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AccountRepository extends CrudRepository<Account, UUID> {

    /** E-mails are unique without regard to case (index {@code account_email_key}). */
    @Query("SELECT * FROM account WHERE lower(email) = lower(:email)")
    Optional<Account> findByEmail(String email);
}

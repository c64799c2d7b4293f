package annonces.listings;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SeedListingRepository extends CrudRepository<SeedListing, String> {

    /** Serialises seeding across instances that start together on one database; released at commit. */
    @Query("SELECT pg_advisory_xact_lock(7301) IS NULL")
    boolean lockSeeding();
}

package annonces.moderation;

import annonces.Sql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The table of ResemblanceTest judges with the similarities PostgreSQL would give, not with lookalikes of them. */
@MicronautTest(transactional = false, startApplication = false)
class PgTrigramsIT {

    @Inject
    DataSource dataSource;

    @Test
    void theJavaTrigramsOfTheTableAreThoseOfPgTrgm() {
        Sql sql = new Sql(dataSource);
        ResemblanceTest.comparedTexts().forEach(pair -> {
            Number expected = (Number) sql.one("SELECT similarity(lower(unaccent(?)), lower(unaccent(?)))", pair[0], pair[1]);
            assertEquals(expected.doubleValue(), PgTrigrams.similarity(pair[0], pair[1]), 1e-6,
                    () -> pair[0] + " | " + pair[1]);
        });
    }
}

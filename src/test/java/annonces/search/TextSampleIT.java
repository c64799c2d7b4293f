package annonces.search;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V15's sample table follows every write to the ads, by any writer: a sampled ad enters it when published,
 * changes with it and leaves it when it leaves the public views or is deleted; the other ads never enter it.
 * Each test runs in one transaction, rolled back: the shared test database keeps its ads.
 */
@MicronautTest(transactional = false)
class TextSampleIT {

    /** What the sample repeats of an ad: the filters' columns and the document. */
    static final String COLUMNS = "id, status, category, subcategory, postcode, department_code, region_code, seller_type, "
            + "price_cents, property_type, surface_m2, rooms, furnished, energy_class, brand, fuel, gearbox, vehicle_year, "
            + "mileage_km, item_condition, search_document";

    @Inject
    DataSource dataSource;

    @Test
    void aSampledAdIsKeptInStepWithItsRow() throws SQLException {
        inATransactionRolledBack(c -> {
            UUID id = idHashing(c, true);
            aPublishedAd(c, id);
            assertSameAsItsRow(c, id);

            update(c, "UPDATE listing SET title = 'Tronçonneuse thermique Stihl MS 180' WHERE id = ?", id);
            assertSameAsItsRow(c, id);
            assertTrue(query(c, "SELECT search_document @@ websearch_to_tsquery('french_unaccent', 'tronconneuse') "
                    + "FROM listing_text_sample WHERE id = ?", id), "the sampled document follows the title");

            update(c, "UPDATE listing SET status = 'WITHDRAWN' WHERE id = ?", id);
            assertFalse(kept(c, id), "a withdrawn ad leaves the sample");
            update(c, "UPDATE listing SET status = 'PUBLISHED' WHERE id = ?", id);
            assertSameAsItsRow(c, id);

            update(c, "DELETE FROM listing WHERE id = ?", id);
            assertFalse(kept(c, id), "a deleted ad leaves the sample");
        });
    }

    @Test
    void anAdOutsideTheSampleNeverEntersIt() throws SQLException {
        inATransactionRolledBack(c -> {
            UUID id = idHashing(c, false);
            aPublishedAd(c, id);
            update(c, "UPDATE listing SET title = 'Tronçonneuse thermique Stihl MS 180' WHERE id = ?", id);
            assertFalse(kept(c, id));
        });
    }

    private interface Steps {
        void run(Connection c) throws SQLException;
    }

    private void inATransactionRolledBack(Steps steps) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            c.setAutoCommit(false);
            try {
                steps.run(c);
            } finally {
                c.rollback();
            }
        }
    }

    /** A fresh id that falls in the sample (one in 128), or out of it. */
    private static UUID idHashing(Connection c, boolean sampled) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM (SELECT gen_random_uuid() AS id "
                + "FROM generate_series(1, 5000)) ids WHERE ((uuid_hash(id) & 127) = 0) = ? LIMIT 1")) {
            s.setBoolean(1, sampled);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getObject(1, UUID.class);
            }
        }
    }

    /** Inserted as any writer would, with the triggers: a published car and its seller. */
    private static void aPublishedAd(Connection c, UUID id) throws SQLException {
        update(c, """
                INSERT INTO account (id, email, password_hash, display_name, seller_type, role, created_at, updated_at)
                VALUES (?, 'echantillon-' || gen_random_uuid() || '@example.fr', 'not a hash', 'Garage du Port', 'PRIVATE',
                        'SELLER', now(), now())""", id);
        update(c, """
                INSERT INTO listing (id, seller_id, category, subcategory, title, description, price_cents, postcode, city,
                                     insee_code, department_code, region_code, attributes, status, created_at, updated_at,
                                     published_at, expires_at)
                VALUES (?, ?, 'VEHICLES', 'CAR', 'Peugeot 208 1.2 PureTech 2019', 'Première main, carnet d''entretien.',
                        1190000, '76000', 'Rouen', '76540', '76', '28',
                        '{"brand": "Peugeot", "model": "208", "year": 2019, "mileageKm": 54000, "fuel": "PETROL", "gearbox": "MANUAL"}',
                        'PUBLISHED', now(), now(), now(), now() + interval '60 days')""", id);
    }

    private static void assertSameAsItsRow(Connection c, UUID id) throws SQLException {
        assertTrue(kept(c, id), "a published sampled ad is in the sample");
        assertFalse(query(c, "SELECT EXISTS ((SELECT " + COLUMNS + " FROM listing WHERE id = ?) EXCEPT (SELECT " + COLUMNS
                + " FROM listing_text_sample))", id), "the sample repeats the ad's columns as they are now");
    }

    private static boolean kept(Connection c, UUID id) throws SQLException {
        return query(c, "SELECT EXISTS (SELECT 1 FROM listing_text_sample WHERE id = ?)", id);
    }

    private static boolean query(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getBoolean(1);
            }
        }
    }

    /** Runs a write of one row whose every parameter is {@code id}. */
    private static void update(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) {
                s.setObject(i, id);
            }
            assertEquals(1, s.executeUpdate(), sql);
        }
    }
}

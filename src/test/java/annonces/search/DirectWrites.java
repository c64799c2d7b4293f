package annonces.search;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Writes to one ad that bypass the service, as another instance or a script would, each committed at once. */
final class DirectWrites {

    private DirectWrites() {
    }

    /** A new title, with the triggers off (as no real writer does): no notification tells anyone. */
    static void retitleUnannounced(DataSource dataSource, String id, String title) throws SQLException {
        update(dataSource, false, "UPDATE listing SET title = ? WHERE id = ?::uuid", title, id);
    }

    /** Withdrawn, with the triggers, so announced to every instance as any writer's change is. */
    static void withdraw(DataSource dataSource, String id) throws SQLException {
        update(dataSource, true, "UPDATE listing SET status = 'WITHDRAWN' WHERE id = ?::uuid", id);
    }

    private static void update(DataSource dataSource, boolean triggers, String sql, String... values)
            throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement session = c.createStatement()) {
            c.setAutoCommit(true);
            if (!triggers) {
                session.execute("SET session_replication_role = replica");
            }
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    s.setString(i + 1, values[i]);
                }
                assertEquals(1, s.executeUpdate());
            } finally {
                session.execute("RESET session_replication_role");
            }
        }
    }
}

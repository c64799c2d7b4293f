package annonces;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL behind the service's back, each statement committed at once: what a test checks of the stored state
 * (an outbox row, an erased account), or sets up as another writer would.
 */
public final class Sql {

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public int update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, values)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row. */
    public List<Object> column(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, values);
             ResultSet rs = s.executeQuery()) {
            List<Object> column = new ArrayList<>();
            while (rs.next()) {
                column.add(rs.getObject(1));
            }
            return column;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the only row; null for SQL NULL. */
    public Object one(String sql, Object... values) {
        List<Object> column = column(sql, values);
        if (column.size() != 1) {
            throw new AssertionError("expected one row, got " + column.size() + ": " + sql);
        }
        return column.get(0);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... values) throws SQLException {
        c.setAutoCommit(true);
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
        return s;
    }
}

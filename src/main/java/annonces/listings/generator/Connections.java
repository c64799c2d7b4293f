package annonces.listings.generator;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new connection to the database being filled, one per parallel COPY stream. */
@FunctionalInterface
public interface Connections {

    Connection open() throws SQLException;
}

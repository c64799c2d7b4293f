package annonces.listings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Reads a {@link Listing} from a row of {@code SELECT l.*}, for the hand-written queries of search and the
 * embed. Micronaut Data's {@code readEntity} derives every column's name from its property's on every row,
 * a tenth of a search's CPU at a million ads; this reads the columns by name directly.
 * {@code ListingRowsIT} checks both read the same listing.
 */
public final class ListingRows {

    private ListingRows() {
    }

    public static Listing read(ResultSet rs) throws SQLException {
        return new Listing(
                rs.getObject("id", UUID.class),
                rs.getObject("seller_id", UUID.class),
                Category.valueOf(rs.getString("category")),
                Subcategory.valueOf(rs.getString("subcategory")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getLong("price_cents"),
                rs.getString("postcode"),
                rs.getString("city"),
                rs.getString("insee_code"),
                rs.getString("department_code"),
                rs.getString("region_code"),
                rs.getString("attributes"),
                ListingStatus.valueOf(rs.getString("status")),
                rs.getString("moderation_flags"),
                rs.getString("moderation_reason"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("published_at")),
                instant(rs.getTimestamp("expires_at")),
                rs.getInt("version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

package annonces.listings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads a {@link Listing} from a row of {@link #columns}, for the hand-written queries of search and the
 * embed. Micronaut Data's {@code readEntity} derives every column's name from its property's on every row,
 * a tenth of a search's CPU at a million ads; this reads the columns by name directly.
 * {@code ListingRowsIT} checks both read the same listing.
 */
public final class ListingRows {

    /** The columns that make a {@link Listing}, in the order of its components. */
    public static final List<String> COLUMNS = List.of("id", "seller_id", "category", "subcategory", "title",
            "description", "price_cents", "postcode", "city", "insee_code", "department_code", "region_code",
            "attributes", "photos", "status", "moderation_flags", "moderation_reason", "created_at", "updated_at",
            "published_at", "expires_at", "version");

    private ListingRows() {
    }

    /**
     * The columns {@link #read} needs, of the table aliased {@code alias}: not {@code *}, which would also send
     * the search document and the columns derived for the indexes, a third of a row's bytes that PostgreSQL
     * must format as text and the driver decode, for nothing.
     */
    public static String columns(String alias) {
        return COLUMNS.stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
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
                rs.getString("photos"),
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

package annonces.photos;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Other sellers' live ads showing a near-identical picture: the stolen-photo scam, an honest ad's photos
 * reposted by someone who will never ship. Candidates come from the GIN index of the hashes' tagged bytes
 * (two hashes within 7 bits share one), then the exact distance decides.
 */
@Singleton
public class PhotoTwins {

    private static final String TWINS = """
            SELECT o.listing_id, min(bit_count(CAST(o.dhash # p.dhash AS bit(64)))) AS distance
            FROM photo p
            JOIN photo o ON o.dhash_bytes && p.dhash_bytes AND o.status = 'LIVE' AND o.seller_id <> p.seller_id
            JOIN listing l ON l.id = o.listing_id AND l.status IN ('PENDING', 'PUBLISHED')
            WHERE p.listing_id = ? AND p.status = 'LIVE'
              AND bit_count(CAST(o.dhash # p.dhash AS bit(64))) <= ?
            GROUP BY o.listing_id
            ORDER BY distance, o.listing_id
            LIMIT 5""";

    private final JdbcOperations jdbc;

    PhotoTwins(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @param distance how many of the 64 bits of the closest pair of hashes differ */
    public record Twin(UUID listingId, int distance) {
    }

    /** Closest first; runs in the caller's transaction, so it sees a photo being published. */
    public List<Twin> of(UUID listingId) {
        return jdbc.prepareStatement(TWINS, s -> {
            s.setObject(1, listingId);
            s.setInt(2, DifferenceHash.NEAR_IDENTICAL);
            List<Twin> twins = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    twins.add(new Twin(rs.getObject(1, UUID.class), rs.getInt(2)));
                }
            }
            return twins;
        });
    }
}

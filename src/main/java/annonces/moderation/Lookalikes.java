package annonces.moderation;

import annonces.listings.Listing;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Ads whose text is close to a given one: all the seller's live ads (a handful, index listing_seller_newest),
 * and other sellers' recent ads whose title is trigram-close (the {@code %} operator, index
 * listing_published_title_trgm; the pending queue is small and has its own index).
 */
@Singleton
class Lookalikes {

    /** A copy of an ad is posted while the original still runs; older ads would only cost time. */
    static final Duration RECENT = Duration.ofDays(30);

    private static final String CLOSEST = """
            WITH candidates AS (
                SELECT id FROM listing
                WHERE seller_id = ? AND status IN ('PENDING', 'PUBLISHED') AND id <> ?
                UNION
                SELECT id FROM listing
                WHERE status = 'PUBLISHED' AND published_at >= ? AND title_folded % lower(unaccent(?)) AND id <> ?
                UNION
                SELECT id FROM listing
                WHERE status = 'PENDING' AND created_at >= ? AND title_folded % lower(unaccent(?)) AND id <> ?
            )
            SELECT l.id, l.title, l.seller_id = ? AS same_seller,
                   similarity(l.title_folded, lower(unaccent(?))) AS title_similarity,
                   similarity(lower(unaccent(l.description)), lower(unaccent(?))) AS description_similarity,
                   char_length(l.description) >= ? AS long_description
            FROM candidates JOIN listing l USING (id)""";

    private final JdbcOperations jdbc;
    private final Clock clock;

    Lookalikes(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The closest ad that reads as a duplicate of this one, if any. */
    Optional<Lookalike> closestDuplicate(Listing listing) {
        return of(listing).stream().filter(Lookalike::duplicates).max(Comparator.comparingDouble(Lookalike::score));
    }

    List<Lookalike> of(Listing listing) {
        Timestamp since = Timestamp.from(clock.instant().minus(RECENT));
        boolean longDescription = listing.description().length() >= Lookalike.MIN_DESCRIPTION;
        return jdbc.prepareStatement(CLOSEST, statement -> {
            int i = 1;
            statement.setObject(i++, listing.sellerId());
            statement.setObject(i++, listing.id());
            statement.setTimestamp(i++, since);
            statement.setString(i++, listing.title());
            statement.setObject(i++, listing.id());
            statement.setTimestamp(i++, since);
            statement.setString(i++, listing.title());
            statement.setObject(i++, listing.id());
            statement.setObject(i++, listing.sellerId());
            statement.setString(i++, listing.title());
            statement.setString(i++, listing.description());
            statement.setInt(i, Lookalike.MIN_DESCRIPTION);
            List<Lookalike> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(new Lookalike(rs.getObject("id", UUID.class), rs.getString("title"),
                            rs.getBoolean("same_seller"), rs.getDouble("title_similarity"),
                            rs.getDouble("description_similarity"),
                            longDescription && rs.getBoolean("long_description")));
                }
            }
            return found;
        });
    }
}

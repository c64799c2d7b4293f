package annonces.moderation;

import annonces.listings.Category;
import annonces.listings.GoodsAttributes;
import annonces.listings.Listing;
import annonces.listings.ListingAttributes;
import annonces.listings.RealEstateAttributes;
import annonces.listings.Subcategory;
import annonces.listings.VehicleAttributes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
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
 * Ads that may be the same item as a given one, each judged by {@link Resemblance}. Candidates are all the
 * seller's live ads (a handful, index listing_seller_newest), and other sellers' recent ads whose title is
 * trigram-close (the {@code %} operator, index listing_published_title_trgm; the pending queue is small and
 * has its own index). For each, pg_trgm gives the text similarities where the text is, and the row the rest:
 * descriptions never leave the database.
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
            SELECT l.id, l.seller_id, l.category, l.subcategory, l.title, char_length(l.description) AS description_length,
                   l.price_cents, l.insee_code, l.department_code, l.attributes::text AS attributes,
                   similarity(l.title_folded, lower(unaccent(?))) AS title_similarity,
                   similarity(lower(unaccent(l.description)), lower(unaccent(?))) AS description_similarity
            FROM candidates JOIN listing l USING (id)""";

    private final JdbcOperations jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    Lookalikes(JdbcOperations jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The closest ad that reads as a duplicate of this one, if any. */
    Optional<Lookalike> closestDuplicate(Listing listing) {
        return of(listing).stream().filter(Lookalike::duplicates).max(Comparator.comparingDouble(Lookalike::score));
    }

    List<Lookalike> of(Listing listing) {
        Timestamp since = Timestamp.from(clock.instant().minus(RECENT));
        Resemblance.Ad ad = Resemblance.Ad.of(listing, attributes(listing.category(), listing.attributes()));
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
            statement.setString(i++, listing.title());
            statement.setString(i, listing.description());
            List<Lookalike> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Category category = Category.valueOf(rs.getString("category"));
                    Resemblance.Ad other = new Resemblance.Ad(rs.getObject("seller_id", UUID.class), category,
                            Subcategory.valueOf(rs.getString("subcategory")), rs.getString("title"),
                            rs.getInt("description_length"), rs.getLong("price_cents"), rs.getString("insee_code"),
                            rs.getString("department_code"), attributes(category, rs.getString("attributes")));
                    found.add(new Lookalike(rs.getObject("id", UUID.class), other.title(), Resemblance.between(ad, other,
                            rs.getDouble("title_similarity"), rs.getDouble("description_similarity"))));
                }
            }
            return found;
        });
    }

    /**
     * Attributes that do not bind (an older shape left in the table) only cost the comparison its attributes:
     * a flag is advice, and must never stop an ad from being saved.
     */
    private @Nullable ListingAttributes attributes(Category category, String stored) {
        Class<? extends ListingAttributes> type = switch (category) {
            case REAL_ESTATE -> RealEstateAttributes.class;
            case VEHICLES -> VehicleAttributes.class;
            case GOODS -> GoodsAttributes.class;
        };
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}

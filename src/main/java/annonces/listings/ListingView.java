package annonces.listings;

import annonces.geo.Location;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A listing as the API shows it. {@code moderation} (automatic flags and the statement of reasons of a
 * rejection or suspension) is only for the ad's owner and admins.
 */
public record ListingView(
        UUID id,
        Category category,
        Subcategory subcategory,
        String title,
        String description,
        long priceCents,
        Location location,
        ListingAttributes attributes,
        ListingStatus status,
        UUID sellerId,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant expiresAt,
        int version,
        List<Photo> photos,
        @JsonInclude(JsonInclude.Include.NON_NULL) Moderation moderation) {

    /** A photo in display order; {@code width} and {@code height} are the large size's. */
    public record Photo(UUID id, String thumbnailUrl, String mediumUrl, String largeUrl, int width, int height) {

        public static Photo of(ListingPhoto p) {
            return new Photo(p.id(), p.url("thumbnail"), p.url("medium"), p.url("large"), p.width(), p.height());
        }
    }

    public record Moderation(JsonNode flags, String reason) {
    }
}

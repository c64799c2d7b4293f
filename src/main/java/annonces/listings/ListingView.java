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
        List<Object> photos,
        @JsonInclude(JsonInclude.Include.NON_NULL) Moderation moderation) {

    public record Moderation(JsonNode flags, String reason) {
    }
}

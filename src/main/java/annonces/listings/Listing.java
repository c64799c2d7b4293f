package annonces.listings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code listing}. {@code version} guards every update (optimistic locking): a seller's edit and
 * an admin's decision on the same ad cannot silently overwrite each other.
 */
@MappedEntity("listing")
public record Listing(
        @Id UUID id,
        UUID sellerId,
        Category category,
        Subcategory subcategory,
        String title,
        String description,
        long priceCents,
        String postcode,
        String city,
        String inseeCode,
        String departmentCode,
        String regionCode,
        @TypeDef(type = DataType.JSON) String attributes,
        @TypeDef(type = DataType.JSON) String photos,
        ListingStatus status,
        @TypeDef(type = DataType.JSON) String moderationFlags,
        @Nullable String moderationReason,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        @Nullable Instant expiresAt,
        @Version int version) {

    public boolean isPublic() {
        return status == ListingStatus.PUBLISHED;
    }

    Listing withStatus(ListingStatus next, Instant now) {
        return new Listing(id, sellerId, category, subcategory, title, description, priceCents, postcode, city,
                inseeCode, departmentCode, regionCode, attributes, photos, next, moderationFlags, moderationReason,
                createdAt, now, publishedAt, expiresAt, version);
    }

    /** A moderator's decision: the new status and the statement of reasons the seller will see. */
    Listing decided(ListingStatus next, String reason, Instant now) {
        return new Listing(id, sellerId, category, subcategory, title, description, priceCents, postcode, city,
                inseeCode, departmentCode, regionCode, attributes, photos, next, moderationFlags, reason,
                createdAt, now, publishedAt, expiresAt, version);
    }

    Listing published(Instant now, Instant expires) {
        return new Listing(id, sellerId, category, subcategory, title, description, priceCents, postcode, city,
                inseeCode, departmentCode, regionCode, attributes, photos, ListingStatus.PUBLISHED, moderationFlags,
                moderationReason, createdAt, now, publishedAt == null ? now : publishedAt, expires, version);
    }

    Listing withContent(ListingContent c, String attributesJson, ListingStatus next, Instant now) {
        return new Listing(id, sellerId, c.category(), c.subcategory(), c.title(), c.description(), c.priceCents(),
                c.location().postcode(), c.location().city(), c.location().inseeCode(),
                c.location().department().code(), c.location().region().code(), attributesJson, photos, next,
                moderationFlags, moderationReason, createdAt, now, publishedAt, expiresAt, version);
    }

    /** New photos (their display list, {@link ListingPhoto}s as JSON), in the status the change leads to. */
    Listing withPhotos(String photosJson, ListingStatus next, Instant now) {
        return new Listing(id, sellerId, category, subcategory, title, description, priceCents, postcode, city,
                inseeCode, departmentCode, regionCode, attributes, photosJson, next, moderationFlags,
                moderationReason, createdAt, now, publishedAt, expiresAt, version);
    }
}

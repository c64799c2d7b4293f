package annonces.listings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /api/v1/listings}, and the whole content a merge patch is applied to. The attributes stay
 * JSON until the category is known; {@link ListingContentRules} then binds them to their record.
 */
@Introspected
public record ListingDraft(
        @Nullable Category category,
        @Nullable Subcategory subcategory,
        @Nullable String title,
        @Nullable String description,
        @Nullable @Schema(description = "Euro cents; 0 only for GOODS (a gift)") Long priceCents,
        @Nullable PlaceInput location,
        @Nullable @Schema(description = "RealEstateAttributes, VehicleAttributes or GoodsAttributes, by category",
                oneOf = {RealEstateAttributes.class, VehicleAttributes.class, GoodsAttributes.class})
        ObjectNode attributes) {
}

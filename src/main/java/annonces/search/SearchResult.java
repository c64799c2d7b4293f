package annonces.search;

import annonces.listings.ListingView;
import annonces.system.RawJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** {@code {"items": [...], "nextCursor": "..." | null, "facets": {...}}}; facets only when asked for. */
record SearchResult(
        // each a ListingView, as PublicListingJson rendered it
        @ArraySchema(schema = @Schema(implementation = ListingView.class)) List<RawJson> items,
        String nextCursor,
        @JsonInclude(JsonInclude.Include.NON_NULL) Facets facets) {
}

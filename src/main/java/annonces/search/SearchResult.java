package annonces.search;

import annonces.listings.ListingView;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** {@code {"items": [...], "nextCursor": "..." | null, "facets": {...}}}; facets only when asked for. */
record SearchResult(
        List<ListingView> items,
        String nextCursor,
        @JsonInclude(JsonInclude.Include.NON_NULL) Facets facets) {
}

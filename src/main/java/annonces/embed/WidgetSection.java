package annonces.embed;

import annonces.listings.Category;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A section of the block: a category with its French name and its newest published ads.
 *
 * @param notice when the asked area had none: which wider area the ads come from, in a sentence; else null
 */
public record WidgetSection(Category category, String label, List<AdCard> listings,
                            @JsonInclude(JsonInclude.Include.ALWAYS) String notice) {
}

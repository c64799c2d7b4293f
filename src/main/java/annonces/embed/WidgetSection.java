package annonces.embed;

import annonces.listings.Category;

import java.util.List;

/** A section of the block: a category with its French name and its newest published ads. */
public record WidgetSection(Category category, String label, List<AdCard> listings) {
}

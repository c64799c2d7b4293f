package annonces.embed;

import java.util.List;

/** The "Petites Annonces" block: the asked categories, always in the news site's order. */
public record WidgetBlock(List<WidgetSection> sections) {
}

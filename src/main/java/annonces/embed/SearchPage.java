package annonces.embed;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The reader's search page, {@code /annonces}: what was asked (to fill the form again), the ads found as the
 * block shows them, and the next page's address.
 *
 * @param error   why the search was refused, in French, or null
 * @param nextUrl the next page (the same search, the cursor of this one), or null on the last
 */
public record SearchPage(String q, String category, String place, String minPrice, String maxPrice,
                         List<Choice> categories, List<AdCard> ads, @Nullable String nextUrl, @Nullable String error) {

    /** An option of the category list. */
    public record Choice(String value, String label, boolean selected) {
    }
}

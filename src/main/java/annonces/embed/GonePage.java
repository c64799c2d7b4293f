package annonces.embed;

import java.util.List;

/**
 * "Cette annonce n'est plus disponible": the page of an ad that was public and is no longer, answered 410 Gone
 * with the ads that could replace it, rather than a dead end.
 *
 * @param title       the ad's title
 * @param reason      why, in a sentence
 * @param section     the category's label
 * @param subcategory the subcategory's label
 * @param similar     published ads of the same subcategory, nearest first
 */
public record GonePage(String title, String reason, String section, String subcategory, List<AdCard> similar) {
}

package annonces.moderation;

import java.util.Locale;
import java.util.UUID;

/**
 * Another ad and how close its text is to the one checked (pg_trgm similarities, 0 to 1, on folded text).
 * The same seller posting twice is the usual duplicate; another seller's near-identical ad is a copied one
 * (a scam reusing an honest ad), which only a long description can show: short ones are generic
 * ("Première main, carnet d'entretien.").
 *
 * @param comparableDescriptions both descriptions are long enough for their similarity to mean something
 */
record Lookalike(UUID listingId, String title, boolean sameSeller, double titleSimilarity,
                 double descriptionSimilarity, boolean comparableDescriptions) {

    static final int MIN_DESCRIPTION = 40;
    static final double SAME_SELLER = 0.6;
    static final double OTHER_SELLER = 0.8;

    /** Descriptions weigh more than titles: they are longer, so a high similarity there is harder to reach by chance. */
    double score() {
        return comparableDescriptions ? 0.4 * titleSimilarity + 0.6 * descriptionSimilarity : titleSimilarity;
    }

    boolean duplicates() {
        return sameSeller ? score() >= SAME_SELLER : comparableDescriptions && score() >= OTHER_SELLER;
    }

    Flag flag() {
        String shortTitle = title.length() > 40 ? title.substring(0, 40) + "..." : title;
        return new Flag(Flag.POSSIBLE_DUPLICATE, "close to " + (sameSeller ? "the same seller's" : "another seller's")
                + " ad " + listingId + " \"" + shortTitle + "\" (similarity "
                + String.format(Locale.ROOT, "%.2f", score()) + ")", listingId, null);
    }
}

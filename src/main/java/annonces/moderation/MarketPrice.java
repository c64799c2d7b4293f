package annonces.moderation;

import annonces.listings.Category;
import annonces.listings.Subcategory;

import java.util.Optional;

/**
 * The median price of comparable published ads and how many there were. A median, not a mean, so that one
 * mistyped price among them does not move it; a ratio, not a distance, so that one rule fits a 500 € scooter
 * and a 300 000 € house.
 *
 * @param where "in department 50" or "nationally", for the moderator
 */
record MarketPrice(Subcategory subcategory, String where, double medianCents, long count) {

    /** Below this many comparable ads a median says little: no flag rather than a wrong one. */
    static final int MIN_SAMPLE = 5;
    /** Five times below or above the median: a typo (15 € for 15 000 €), a lure, or the wrong subcategory. */
    static final double FACTOR = 5;

    boolean enough() {
        return count >= MIN_SAMPLE;
    }

    /**
     * Goods and vehicle parts are left out: one subcategory holds a 2 € cup and a 900 € sofa, so their
     * medians would flag honest ads every day. A 0 price is {@code PRICE_MISSING}'s business (or a gift).
     */
    static boolean applies(Subcategory subcategory, long priceCents) {
        return subcategory.category() != Category.GOODS && subcategory != Subcategory.PARTS && priceCents > 0;
    }

    Optional<Flag> judge(long priceCents) {
        if (!enough() || !applies(subcategory, priceCents)
                || (priceCents * FACTOR >= medianCents && priceCents <= medianCents * FACTOR)) {
            return Optional.empty();
        }
        return Optional.of(Flag.of(Flag.PRICE_OUTLIER, euros(priceCents) + " against a median of "
                + euros(Math.round(medianCents)) + " for " + subcategory + " " + where + " (n=" + count + ")"));
    }

    static String euros(long cents) {
        String whole = String.format("%,d", cents / 100).replace(',', ' ');
        return (cents % 100 == 0 ? whole : whole + "," + String.format("%02d", cents % 100)) + " €";
    }
}

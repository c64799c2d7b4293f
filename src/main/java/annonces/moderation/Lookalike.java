package annonces.moderation;

import java.util.Locale;
import java.util.UUID;

/**
 * Another ad and how it resembles the one checked: what a moderator is shown when it reads as a duplicate,
 * naming it so that the two can be opened side by side.
 */
record Lookalike(UUID listingId, String title, Resemblance resemblance) {

    boolean duplicates() {
        return resemblance.duplicates();
    }

    double score() {
        return resemblance.score();
    }

    Flag flag() {
        String shortTitle = title.length() > 40 ? title.substring(0, 40) + "..." : title;
        return new Flag(Flag.POSSIBLE_DUPLICATE, "close to " + (resemblance.sameSeller() ? "the same seller's"
                : "another seller's") + " ad " + listingId + " \"" + shortTitle + "\" (similarity "
                + String.format(Locale.ROOT, "%.2f", score()) + ")", listingId, null);
    }
}

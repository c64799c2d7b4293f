package annonces.search;

import java.util.Locale;

/** The orders of the contract; {@code relevance} is the default with free text, {@code newest} without. */
enum Sort {
    RELEVANCE, NEWEST, PRICE_ASC, PRICE_DESC;

    String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}

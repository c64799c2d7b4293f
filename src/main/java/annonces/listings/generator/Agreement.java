package annonces.listings.generator;

/**
 * The gender and number an adjective agrees with: "poussette neuve", "vélos neufs", "chaises paillées".
 * Ads need these inflected forms because search must match them through French stemming.
 */
enum Agreement {
    MASCULINE, FEMININE, MASCULINE_PLURAL, FEMININE_PLURAL;

    /** Inflects a regular adjective given in the masculine singular, the way sellers write it. */
    String of(String adjective) {
        String form = adjective;
        if (this == FEMININE || this == FEMININE_PLURAL) {
            if (form.endsWith("f")) {
                form = form.substring(0, form.length() - 1) + "ve";
            } else if (form.endsWith("el")) {
                form = form + "le";
            } else if (form.endsWith("eux")) {
                form = form.substring(0, form.length() - 1) + "se";
            } else if (!form.endsWith("e")) {
                form = form + "e";
            }
        }
        if ((this == MASCULINE_PLURAL || this == FEMININE_PLURAL) && !form.endsWith("s") && !form.endsWith("x")) {
            form = form + "s";
        }
        return form;
    }
}

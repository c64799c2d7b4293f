package annonces.moderation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as the checks compare it: lower case, accents dropped, so "Zéro", "ZERO" and "zero" are one word. */
final class Folded {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folded() {
    }

    static String of(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}

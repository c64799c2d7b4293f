package annonces.moderation;

import java.util.HashSet;
import java.util.Set;

/**
 * pg_trgm's {@code similarity(lower(unaccent(a)), lower(unaccent(b)))} in Java, so that a table of ads can be
 * judged without a database: words are runs of letters and digits, each padded with two spaces before and
 * one after, cut into distinct trigrams; similarity is shared trigrams over all. {@code PgTrigramsIT} checks
 * it against PostgreSQL on the table's texts.
 */
final class PgTrigrams {

    private PgTrigrams() {
    }

    static double similarity(String a, String b) {
        Set<String> x = trigrams(a);
        Set<String> y = trigrams(b);
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        int all = x.size() + y.size() - shared.size();
        return all == 0 ? 0 : (float) shared.size() / all;
    }

    private static Set<String> trigrams(String text) {
        Set<String> trigrams = new HashSet<>();
        String folded = Folded.of(text).replace("œ", "oe").replace("æ", "ae");
        for (String word : folded.split("[^\\p{L}\\p{Nd}]+")) {
            if (!word.isEmpty()) {
                String padded = "  " + word + " ";
                for (int i = 0; i + 3 <= padded.length(); i++) {
                    trigrams.add(padded.substring(i, i + 3));
                }
            }
        }
        return trigrams;
    }
}

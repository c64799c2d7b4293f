package annonces.moderation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the payment scams that target French classifieds: money sent by Western Union or "mandat cash",
 * prepaid codes (PCS, Transcash, Neosurf, Paysafecard) asked for "to check" a buyer, and the "coursier" or
 * transporter who pays or collects for a buyer abroad. Found in a message, they warn its reader and show it
 * to the moderators; they do not stop it (a buyer may ask whether a seller accepts a mandat).
 */
final class PaymentScams {

    private static final List<Pattern> WORDS = compile(
            "\\bwestern\\s*union\\b",
            "\\bmoney\\s*gram\\b",
            "\\bmandat\\s*(?:cash|compte)\\b",
            "\\b(?:coupons?|codes?|tickets?|recharges?)\\s*(?:pcs|transcash|neosurf|paysafe\\s*card)\\b",
            "\\b(?:pcs\\s*mastercard|transcash|neosurf|paysafe\\s*card)\\b",
            "\\bcoursiers?\\b",
            "\\b(?:transporteur|transitaire)\\b.{0,40}\\b(?:pai|pay|r[eéè]gl|vers)",
            "\\bcodes?\\s*(?:de\\s*)?(?:v[eé]rification|s[eé]curit[eé]|confirmation)\\b");

    private PaymentScams() {
    }

    private static List<Pattern> compile(String... expressions) {
        return Arrays.stream(expressions)
                .map(e -> Pattern.compile(e, Pattern.UNICODE_CHARACTER_CLASS)).toList();
    }

    /** The phrases found, in lower case. */
    static List<String> in(String text) {
        String folded = fold(text);
        List<String> found = new ArrayList<>();
        for (Pattern word : WORDS) {
            Matcher m = word.matcher(folded);
            while (m.find()) {
                found.add(m.group().strip());
            }
        }
        return found;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}

package annonces.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers, e-mail addresses and links in an ad's text, also spelt out to dodge filters ("zéro six
 * douze...", "nom arobase gmail point fr"). Buyers must reach sellers through the service (it keeps them
 * safe from scams and the seller's number out of scrapers), so moderators ask the seller to remove them.
 * Prices, years, surfaces, tyre sizes and postcodes are not phone numbers: a French number starts with 0
 * (or +33) and has ten digits in pairs.
 */
final class ContactDetails {

    /** What was found, as a moderator reads it: {@code kind "text"}. */
    record Found(String kind, String text) {
        @Override
        public String toString() {
            return kind + " \"" + text + "\"";
        }
    }

    private static final String TLD = "(?:com|fr|net|org|eu|be|ch|info|biz|io|de|es|it|co|me|ly|xyz|shop|store"
            + "|site|online|app|tv|gg)";
    private static final String AT = "(?:@|\\(\\s*at\\s*\\)|\\[\\s*at\\s*\\]|\\bat\\b|\\(?\\s*arr?obase?\\s*\\)?|arobaze)";
    private static final String SPELT_DOT = "(?:\\(\\s*(?:dot|point)\\s*\\)|\\[\\s*(?:dot|point)\\s*\\]|\\bdot\\b|\\bpoint\\b)";
    private static final String DOT = "(?:\\.|" + SPELT_DOT + ")";

    private static final Pattern PHONE_FR = Pattern.compile(
            "(?<![\\d+])(?:(?:\\+|00)\\s?33\\s?(?:\\(0\\)\\s?)?|0)[1-9](?:[\\s.\\-]?\\d{2}){4}(?!\\d)");
    private static final Pattern PHONE_INTERNATIONAL = Pattern.compile(
            "(?<![\\w+])(?:\\+|00)[1-9]\\d{0,2}(?:[\\s.\\-]?\\d){7,12}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile(
            "[\\w.+-]+\\s*" + AT + "\\s*[\\w-]+(?:\\s*" + DOT + "\\s*[\\w-]+)*?\\s*" + DOT + "\\s*" + TLD + "\\b");
    private static final Pattern LINK = Pattern.compile(
            "\\bhttps?://\\S+|\\bwww\\s*" + DOT + "\\s*\\S+"
            // A real dot only when nothing surrounds it: "salon. TV 55 pouces" is a sentence, not salon.tv.
            + "|\\b[a-z0-9][a-z0-9-]{1,62}(?:\\.|\\s*" + SPELT_DOT + "\\s*)" + TLD + "\\b");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");
    /** What may stand between two spelt-out pieces of one number: "zero six, douze - 34". */
    private static final Pattern GAP = Pattern.compile("[\\s.,\\-/()]*");
    private static final Pattern SPELT_PHONE = Pattern.compile("(?:0|33)[1-9]\\d{8}");

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("un", 1),
            Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4),
            Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8),
            Map.entry("neuf", 9));
    private static final Map<String, Integer> TEENS = Map.of("dix", 10, "onze", 11, "douze", 12, "treize", 13,
            "quatorze", 14, "quinze", 15, "seize", 16);
    private static final Map<String, Integer> TENS = Map.ofEntries(Map.entry("vingt", 20), Map.entry("vingts", 20),
            Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("cinquante", 50),
            Map.entry("soixante", 60), Map.entry("septante", 70), Map.entry("huitante", 80),
            Map.entry("octante", 80), Map.entry("nonante", 90));
    private static final Set<String> SEVEN_TO_NINE = Set.of("sept", "huit", "neuf");

    private ContactDetails() {
    }

    static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder(Folded.of(text));
        // Each match is blanked once found, so that a number is not named again as a spelt-out one.
        take(rest, EMAIL, "e-mail", found);
        take(rest, LINK, "link", found);
        take(rest, PHONE_FR, "phone number", found);
        take(rest, PHONE_INTERNATIONAL, "phone number", found);
        speltPhones(rest.toString(), found);
        return found;
    }

    private static void take(StringBuilder text, Pattern pattern, String kind, List<Found> found) {
        Matcher m = pattern.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            found.add(new Found(kind, m.group().strip()));
            spans.add(new int[]{m.start(), m.end()});
        }
        spans.forEach(s -> text.replace(s[0], s[1], " ".repeat(s[1] - s[0])));
    }

    private record Token(String text, int start, int end) {
    }

    /** Runs of numbers, in digits or French words, that read as a phone number once written in digits. */
    private static void speltPhones(String text, List<Found> found) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        StringBuilder digits = new StringBuilder();
        int spelt = 0;
        int runStart = -1;
        int runEnd = -1;
        for (int i = 0; i < tokens.size(); ) {
            Token t = tokens.get(i);
            boolean joined = runStart >= 0 && GAP.matcher(text.substring(runEnd, t.start())).matches();
            if (!joined) {
                report(text, digits, spelt, runStart, runEnd, found);
                digits.setLength(0);
                spelt = 0;
                runStart = -1;
            }
            Number n = number(tokens, i);
            if (n == null) {
                report(text, digits, spelt, runStart, runEnd, found);
                digits.setLength(0);
                spelt = 0;
                runStart = -1;
                i++;
                continue;
            }
            if (runStart < 0) {
                runStart = t.start();
            }
            digits.append(n.digits());
            spelt += n.spelt() ? 1 : 0;
            runEnd = tokens.get(i + n.tokens() - 1).end();
            i += n.tokens();
        }
        report(text, digits, spelt, runStart, runEnd, found);
    }

    private static void report(String text, CharSequence digits, int spelt, int start, int end, List<Found> found) {
        // Two words at least: "un 06..." alone is an article before a number the phone pattern already saw.
        if (start >= 0 && spelt >= 2 && SPELT_PHONE.matcher(digits).matches()) {
            found.add(new Found("spelt-out phone number", text.substring(start, end)));
        }
    }

    /** One number read from the tokens at {@code i}: its digits, how many tokens, whether it was in words. */
    private record Number(String digits, int tokens, boolean spelt) {
    }

    private static Number number(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        if (t.chars().allMatch(Character::isDigit)) {
            return new Number(t, 1, false);
        }
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
        int used = 1;
        Integer tens = TENS.get(t);
        if (t.equals("quatre") && (next.equals("vingt") || next.equals("vingts"))) {
            tens = 80;
            used = 2;
        }
        if (tens != null) {
            int value = tens;
            int j = i + used;
            if (j < tokens.size() && tokens.get(j).text().equals("et")) {
                j++;
            }
            String after = j < tokens.size() ? tokens.get(j).text() : "";
            String afterNext = j + 1 < tokens.size() ? tokens.get(j + 1).text() : "";
            if (after.equals("dix") && SEVEN_TO_NINE.contains(afterNext)) {
                value += 10 + UNITS.get(afterNext);
                j += 2;
            } else if (TEENS.containsKey(after)) {
                value += TEENS.get(after);
                j++;
            } else if (UNITS.containsKey(after) && UNITS.get(after) > 0) {
                value += UNITS.get(after);
                j++;
            } else {
                j = i + used;
            }
            return new Number(Integer.toString(value), j - i, true);
        }
        if (t.equals("dix") && SEVEN_TO_NINE.contains(next)) {
            return new Number(Integer.toString(10 + UNITS.get(next)), 2, true);
        }
        if (TEENS.containsKey(t)) {
            return new Number(Integer.toString(TEENS.get(t)), 1, true);
        }
        if (UNITS.containsKey(t)) {
            return new Number(Integer.toString(UNITS.get(t)), 1, true);
        }
        return null;
    }
}

package annonces.geo;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a typed city name is compared with the reference names. People type "ST SEBASTIEN
 * SUR LOIRE", "saint-sébastien-sur-loire" or "Paris 12eme arrondissement" for the same
 * commune, so both sides are reduced to a folded key before comparing. The converter
 * script folds the same way when it drops redundant La Poste labels: keep them in step.
 */
final class CityNames {

    private static final Map<String, String> ABBREVIATIONS = Map.of("st", "saint", "ste", "sainte");

    /**
     * "paris 12e arrondissement", "paris 12eme arr", "paris 12", "paris xii", "lyon 1er":
     * a name, a number (arabic or roman) and optional ordinal suffix and arrondissement word.
     */
    private static final Pattern ARRONDISSEMENT = Pattern.compile(
            "(?<city>[a-z][a-z ]*?) ?(?:(?<n>\\d{1,2})|(?<roman>[ivxl]{1,6}))"
                    + " ?(?:er|ere|re|e|eme|ieme|em|me|nd|nde|d)?"
                    + "(?: (?:arrondissement|arrondissements|arrondt|arrond|arrdt|ardt|arr|ar))?");

    private CityNames() {
    }

    /**
     * Lower case, no accents, ligatures spelled out, every run of punctuation or spaces
     * one space, "st"/"ste" spelled out: the spellings users and La Poste labels differ by.
     * One pass over the characters rather than a chain of regular expressions, because a
     * lookup folds every name, label and alias of the postcode's communes (dozens at most).
     */
    static String fold(String name) {
        String decomposed = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length() + 8);
        int wordStart = -1;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            String letters;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                letters = null;
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                letters = null;
            } else if (c < 128) {
                letters = "";
            } else if (isMark(c)) {
                continue;
            } else {
                letters = switch (Character.toLowerCase(c)) {
                    case 'œ' -> "oe";
                    case 'æ' -> "ae";
                    case 'ß' -> "ss";
                    default -> "";
                };
            }
            if (letters != null && letters.isEmpty()) {
                wordStart = endWord(folded, wordStart);
                continue;
            }
            if (wordStart < 0) {
                if (!folded.isEmpty()) {
                    folded.append(' ');
                }
                wordStart = folded.length();
            }
            if (letters == null) {
                folded.append(c);
            } else {
                folded.append(letters);
            }
        }
        endWord(folded, wordStart);
        return folded.toString();
    }

    /** Spells out the word just completed if it is an abbreviation; answers "no word open". */
    private static int endWord(StringBuilder folded, int wordStart) {
        int length = folded.length() - wordStart;
        if (wordStart >= 0 && (length == 2 || length == 3)) {
            String full = ABBREVIATIONS.get(folded.substring(wordStart));
            if (full != null) {
                folded.replace(wordStart, folded.length(), full);
            }
        }
        return -1;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * The key "paris#12" of a folded name that reads as an arrondissement, or null.
     * Official names ("Paris 12e Arrondissement") and typed ones go through the same
     * parse, so the many spellings meet on the number rather than on the text.
     */
    static String arrondissementKey(String folded) {
        Matcher m = ARRONDISSEMENT.matcher(folded);
        if (!m.matches()) {
            return null;
        }
        int number = m.group("n") != null ? Integer.parseInt(m.group("n")) : roman(m.group("roman"));
        return number > 0 ? m.group("city").strip() + "#" + number : null;
    }

    /** The arrondissement number of a key from {@link #arrondissementKey}, 0 for null. */
    static int arrondissementNumber(String key) {
        return key == null ? 0 : Integer.parseInt(key.substring(key.indexOf('#') + 1));
    }

    /** Roman numerals up to the 20 arrondissements of Paris; anything malformed is 0. */
    private static int roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int value = switch (numeral.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 0;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }
}

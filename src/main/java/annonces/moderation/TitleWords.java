package annonces.moderation;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title as sets of words and numbers, for a comparison that a reworded repost does not fool: order does
 * not count ("Peinture de collection aquarelle" is "Aquarelle peinture de la collection"), nor case, accents,
 * French grammar words, units, ordinals ("1ère main"), a plural s, or how a seller writes a size: digits and
 * letters part, so "94x74cm" and "94 x 74 cm" both give the numbers 94 and 74, "T2" the number 2, "500E" 500.
 *
 * @param words   words of letters, which say what the item is
 * @param numbers numbers, which tell items of one kind apart: a size, a year, a surface, T2 or T3
 */
record TitleWords(Set<String> words, Set<String> numbers) {

    /** Grammar and the words every seller adds ("Vends ... très bon état"): they tell no item from another. */
    private static final Set<String> STOP_WORDS = Set.of(
            "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "en", "et", "la", "le",
            "les", "leur", "leurs", "ma", "mes", "mon", "ne", "nos", "notre", "ou", "par", "pas", "pour", "qu",
            "que", "qui", "sa", "se", "ses", "son", "sous", "sur", "un", "une", "vos", "votre",
            "vend", "vends", "vendre", "vente", "urgent", "tres", "bon", "etat", "tbe", "excellent", "parfait", "super");
    /** Units and ordinals follow a number and say nothing without it; letters alone are units or grades too. */
    private static final Set<String> UNITS = Set.of(
            "cm", "mm", "km", "kg", "ch", "cv", "kw", "kwh", "wh", "cc", "go", "mo", "to", "an", "ans", "pouce",
            "pouces", "er", "ere", "eme");

    /** m² and m2 as the unit m before its 2 can be read as a number. */
    private static final Pattern SQUARE_METRES = Pattern.compile("(?<![a-z])m[2²](?![a-z0-9])");
    /**
     * "54 000 km", "1.500 m2" and "12 000 €" as 54000, 1500 and 12000, but only before a unit: elsewhere
     * the space parts two numbers ("Peugeot 308 130 ch").
     */
    private static final Pattern THOUSANDS = Pattern.compile(
            "(?<![\\d.,])\\d{1,3}(?:[ .\u00a0\u202f]\\d{3})+(?=\\s*(?:(?:km|m|kg|eur|euros?)\\b|€))");
    /** "1ère main", "3e étage": a rank, not a figure of the item. */
    private static final Pattern ORDINAL = Pattern.compile("\\b\\d+(?:er|ere|eme|e)\\b");
    /** A price in the title changes from one post to the next and says nothing of the item. */
    private static final Pattern PRICE = Pattern.compile("\\d+(?:[.,]\\d+)?\\s*(?:€|euros?\\b|eur\\b)");
    private static final Pattern TOKEN = Pattern.compile("(\\d+(?:[.,]\\d+)?)|[a-z]+");

    static TitleWords of(String title) {
        String text = Folded.of(title).replace("œ", "oe").replace("æ", "ae");
        text = SQUARE_METRES.matcher(text).replaceAll(" m ");
        text = THOUSANDS.matcher(text).replaceAll(m -> m.group().replaceAll("\\D", ""));
        text = PRICE.matcher(text).replaceAll(" ");
        text = ORDINAL.matcher(text).replaceAll(" ");
        Set<String> words = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (m.group(1) != null) {
                numbers.add(token.replace(',', '.'));
            } else if (token.length() > 1 && !STOP_WORDS.contains(token) && !UNITS.contains(token)) {
                words.add(token.length() > 3 && token.endsWith("s") ? token.substring(0, token.length() - 1) : token);
            }
        }
        return new TitleWords(Set.copyOf(words), Set.copyOf(numbers));
    }

    /** Jaccard index of words and numbers together: shared over all; 0 when neither title has any. */
    double similarity(TitleWords other) {
        Set<String> mine = all();
        Set<String> theirs = other.all();
        Set<String> union = new HashSet<>(mine);
        union.addAll(theirs);
        if (union.isEmpty()) {
            return 0;
        }
        mine.retainAll(theirs);
        return (double) mine.size() / union.size();
    }

    /**
     * Each title brings a number the other lacks, and fewer than half of them are shared: two sizes, two
     * years, two capacities are two items however alike the rest reads. A seller posting again keeps most of
     * the numbers ("94 x 74" stays when the year is corrected), and a title without a number says nothing.
     */
    boolean numbersDiffer(TitleWords other) {
        if (numbers.containsAll(other.numbers) || other.numbers.containsAll(numbers)) {
            return false;
        }
        Set<String> union = new HashSet<>(numbers);
        union.addAll(other.numbers);
        Set<String> shared = new HashSet<>(numbers);
        shared.retainAll(other.numbers);
        return 2 * shared.size() < union.size();
    }

    private Set<String> all() {
        Set<String> all = new HashSet<>(words);
        all.addAll(numbers);
        return all;
    }
}

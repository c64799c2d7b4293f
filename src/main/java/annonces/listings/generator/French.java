package annonces.listings.generator;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How French ads write numbers and words. */
final class French {

    private static final String[] SMALL_NUMBERS = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept",
            "huit", "neuf", "dix"};
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private French() {
    }

    /**
     * 16200 as "16 200": French groups thousands with a space. A plain one, because the service folds
     * no-break spaces into plain ones and a stored title must be what the service would store.
     */
    static String grouped(long number) {
        String digits = Long.toString(number);
        StringBuilder out = new StringBuilder(digits.length() + 4);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** 16200 as "16 200 €". */
    static String euros(long euros) {
        return grouped(euros) + " €";
    }

    /** "trois chambres", "une chambre", "12 chambres": words for small counts, as people write them. */
    static String count(int n, String singular, String plural, boolean feminine) {
        String number = n == 1 && feminine ? "une" : n <= 10 ? SMALL_NUMBERS[n] : Integer.toString(n);
        return number + " " + (n > 1 ? plural : singular);
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String uncapitalized(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** "Saint-Étienne" as "saint-etienne": for e-mail addresses, which stay in ASCII. */
    static String slug(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        return slug.replaceAll("^-+|-+$", "");
    }

    /** "Paris 12e Arrondissement" as people write it in an ad: "Paris 12e". Other names as they are. */
    static String spoken(String city) {
        return city.endsWith(" Arrondissement") ? city.substring(0, city.length() - " Arrondissement".length()) : city;
    }

    /** "Appartement T2 à Caen": "à" before a name, folded with the article where French requires it. */
    static String at(String city) {
        city = spoken(city);
        if (city.startsWith("Le ")) {
            return "au " + city.substring(3);
        }
        if (city.startsWith("Les ")) {
            return "aux " + city.substring(4);
        }
        return "à " + city;
    }
}

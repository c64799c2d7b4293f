package annonces.embed;

/**
 * Amounts as a French reader writes them: {@code 16 200 €}, {@code 12,50 €}. Thousands are grouped with a
 * plain space (the pages keep a price on one line with CSS), so the text matches what readers type.
 */
final class Euros {

    private Euros() {
    }

    static String of(long cents) {
        long euros = Math.abs(cents) / 100;
        long rest = Math.abs(cents) % 100;
        StringBuilder digits = new StringBuilder(Long.toString(euros));
        for (int i = digits.length() - 3; i > 0; i -= 3) {
            digits.insert(i, ' ');
        }
        if (rest != 0) {
            digits.append(',').append(rest < 10 ? "0" : "").append(rest);
        }
        return (cents < 0 ? "-" : "") + digits + " €";
    }
}

package annonces.moderation;

/**
 * More than half of the letters in capitals. Short texts are left alone: "BMW X5" or "T2 CAEN" is how
 * models and places are written, not shouting.
 */
final class Shouting {

    static final int MIN_LETTERS = 10;

    private Shouting() {
    }

    static boolean shouts(String text) {
        int letters = 0;
        int capitals = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    capitals++;
                }
            }
            i += Character.charCount(c);
        }
        return letters >= MIN_LETTERS && capitals * 2 > letters;
    }
}

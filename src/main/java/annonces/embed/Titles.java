package annonces.embed;

/** Titles as the block shows them: white space folded, long ones cut at a word boundary with an ellipsis. */
final class Titles {

    static final int BLOCK_LENGTH = 70;

    private Titles() {
    }

    /** Runs of white space (and control characters) become one space; the ends are trimmed. */
    static String folded(String text) {
        return text.replaceAll("[\\s\\p{Cntrl}\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+", " ").strip();
    }

    /** At most {@code max} characters, the ellipsis included; cut after a whole word when there is one. */
    static String cut(String text, int max) {
        String folded = folded(text);
        if (folded.codePointCount(0, folded.length()) <= max) {
            return folded;
        }
        int end = folded.offsetByCodePoints(0, max - 1);
        int space = folded.lastIndexOf(' ', end);
        if (space > 0 && space >= end / 2) {
            end = space;
        }
        String kept = folded.substring(0, end).replaceAll("[\\s,;:.\\-–—(]+$", "");
        return kept + "…";
    }
}

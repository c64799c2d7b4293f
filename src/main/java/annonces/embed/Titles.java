package annonces.embed;

import java.util.regex.Pattern;

/**
 * Texts cut to a length: the block's titles and the pages' one-line summaries. Titles are stored with their
 * white space already folded (listings' {@code ListingText}); a description keeps its line breaks, which a
 * one-line summary turns into spaces.
 */
final class Titles {

    static final int BLOCK_LENGTH = 70;
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private Titles() {
    }

    /** At most {@code max} characters, the ellipsis included; cut after a whole word when there is one. */
    static String cut(String text, int max) {
        String line = LINE_BREAKS.matcher(text.strip()).replaceAll(" ");
        if (line.codePointCount(0, line.length()) <= max) {
            return line;
        }
        int end = line.offsetByCodePoints(0, max - 1);
        int space = line.lastIndexOf(' ', end);
        if (space > 0 && space >= end / 2) {
            end = space;
        }
        return line.substring(0, end).replaceAll("[\\s,;:.\\-–—(]+$", "") + "…";
    }
}

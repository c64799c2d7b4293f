package annonces.listings;

import annonces.system.FieldError;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What sellers type, made fit to show: runs of white space folded (the news page's Royan ad shows what
 * happens otherwise), control characters refused. Descriptions keep their line breaks, at most one
 * blank line in a row.
 */
final class ListingText {

    static final int TITLE_MIN = 3;
    static final int TITLE_MAX = 100;
    static final int DESCRIPTION_MAX = 4000;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\u2028\\u2029\\uFEFF]");
    private static final Pattern ANY_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern INLINE_SPACE = Pattern.compile("[\\t \\u00A0\\u2007\\u202F\\u000B\\f]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private ListingText() {
    }

    static String title(String raw, List<FieldError> errors) {
        if (raw == null) {
            errors.add(new FieldError("title", "is required"));
            return null;
        }
        if (CONTROL.matcher(raw).find()) {
            errors.add(new FieldError("title", "must not contain control characters"));
            return null;
        }
        String folded = ANY_SPACE.matcher(raw).replaceAll(" ").strip();
        int length = folded.codePointCount(0, folded.length());
        if (length < TITLE_MIN || length > TITLE_MAX) {
            errors.add(new FieldError("title", "must be " + TITLE_MIN + " to " + TITLE_MAX
                    + " characters once white space is folded (it has " + length + ")"));
            return null;
        }
        return folded;
    }

    static String description(String raw, List<FieldError> errors) {
        if (raw == null) {
            return "";
        }
        if (CONTROL.matcher(raw).find()) {
            errors.add(new FieldError("description", "must not contain control characters"));
            return null;
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder folded = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            folded.append(INLINE_SPACE.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        String result = BLANK_LINES.matcher(folded.toString().strip()).replaceAll("\n\n");
        int length = result.codePointCount(0, result.length());
        if (length > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "must be at most " + DESCRIPTION_MAX
                    + " characters (it has " + length + ")"));
            return null;
        }
        return result;
    }

}

package annonces.conversations;

import annonces.system.InvalidInputException;

/**
 * A message's text as it is kept: plain text, line breaks as {@code \n}, no other control character, no
 * unpaired surrogate, no surrounding white space, 1 to 2,000 characters. It is escaped wherever it is shown, never interpreted.
 */
final class MessageText {

    static final int MAX = 2000;

    private MessageText() {
    }

    static String clean(String field, String text) {
        String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (t.isEmpty()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        if (t.codePointCount(0, t.length()) > MAX) {
            throw new InvalidInputException(field, "must be at most " + MAX + " characters");
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < t.length()
                    && Character.isLowSurrogate(t.charAt(i + 1));
            if (pairedSurrogate) {
                i++;
                continue;
            }
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\t';
            // Bidi overrides and the like (a name spoofed by U+202E) are refused; the zero-width joiners that
            // emoji sequences need are kept.
            boolean format = Character.getType(c) == Character.FORMAT && c != '\u200C' && c != '\u200D';
            if (control || format || Character.isSurrogate(c)) {
                throw new InvalidInputException(field, "must not hold control or invisible formatting characters "
                        + "(found U+" + String.format("%04X", (int) c) + ")");
            }
        }
        return t;
    }
}

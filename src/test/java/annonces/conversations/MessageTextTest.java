package annonces.conversations;

import annonces.system.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MessageTextTest {

    @Test
    void lineBreaksAreFoldedToNewlinesAndTheEndsStripped() {
        assertEquals("Bonjour\nÀ samedi\n\nPaul", MessageText.clean("message", "  Bonjour\r\nÀ samedi\r\rPaul \n"));
    }

    @Test
    void twoThousandCharactersAreCountedAsCharactersNotAsUtf16Units() {
        assertEquals(2000, MessageText.clean("message", "🚗".repeat(2000)).codePointCount(0, 4000));
        assertThrows(InvalidInputException.class, () -> MessageText.clean("message", "a".repeat(2001)));
    }

    @Test
    void controlCharactersBidiOverridesAndLoneSurrogatesAreRefusedButEmojiSequencesPass() {
        for (String bad : new String[]{"a\u0000b", "a\u001Bb", "a\u202Eb", "a\u2066b", "a\uD800b", "a\uDC00", "\uFEFFa"}) {
            assertThrows(InvalidInputException.class, () -> MessageText.clean("message", bad), bad);
        }
        assertEquals("👨‍👩‍👧 ok\ttab", MessageText.clean("message", "👨‍👩‍👧 ok\ttab"));
    }

    @Test
    void nothingButWhiteSpaceIsEmpty() {
        assertThrows(InvalidInputException.class, () -> MessageText.clean("message", " \n\t "));
        assertThrows(InvalidInputException.class, () -> MessageText.clean("message", null));
    }
}

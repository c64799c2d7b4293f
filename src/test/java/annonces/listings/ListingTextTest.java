package annonces.listings;

import annonces.system.FieldError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListingTextTest {

    private final List<FieldError> errors = new ArrayList<>();

    @Test
    void theRoyanTitleOfTheNewsPageLosesItsRunsOfWhiteSpace() {
        String raw = "     Location Maison Neuve Meublée ROYAN" + " ".repeat(97) + "\u00A0\t";
        assertEquals("Location Maison Neuve Meublée ROYAN", ListingText.title(raw, errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void aTitleWithAControlCharacterIsRefused() {
        assertNull(ListingText.title("Table\u0000 en chêne", errors));
        assertEquals("title", errors.get(0).field());
    }

    @Test
    void aTitleIsCountedInCharactersNotBytes() {
        assertEquals("é".repeat(100), ListingText.title("é".repeat(100), errors));
        assertNull(ListingText.title("é".repeat(101), errors));
        assertEquals(1, errors.size());
    }

    @Test
    void aDescriptionKeepsItsLineBreaksButNotItsBlankRunsOrSpaces() {
        String folded = ListingText.description("  Premier   étage.\r\n\r\n\r\n\r\nCave\t et   garage.  \rFin.", errors);
        assertEquals("Premier étage.\n\nCave et garage.\nFin.", folded);
    }

    @Test
    void aMissingDescriptionIsEmpty() {
        assertEquals("", ListingText.description(null, errors));
    }

    @Test
    void aDescriptionOver4000CharactersIsRefused() {
        assertNull(ListingText.description("a".repeat(4001), errors));
        assertEquals("description", errors.get(0).field());
    }
}

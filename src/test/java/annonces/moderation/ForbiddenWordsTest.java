package annonces.moderation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ForbiddenWordsTest {

    private static final ForbiddenWords SHIPPED = ForbiddenWords.shipped();

    @Test
    void wholeWordsOfTheListAreNamedIgnoringCaseAndAccents() {
        assertEquals(List.of("connard", "encule"), SHIPPED.in("Vendeur pas CONNARD, espèce d'ENCULÉ, s'abstenir"));
    }

    @Test
    void wordsThatOnlyContainAListedWordAreNotFlagged() {
        assertEquals(List.of(), SHIPPED.in("Console Nintendo, culotte de cheval, maison en cul-de-sac, conseils"));
    }

    @Test
    void ordinaryWordsLeftOutOfTheListAreNotFlagged() {
        assertEquals(List.of(), SHIPPED.in("Pouf en cuir épais, gourde isotherme, manche en bois, dériveur Vaurien"));
    }

    @Test
    void spellingsThatDodgeFiltersAreFound() {
        assertEquals(List.of("c0nnard"), SHIPPED.in("quel c0nnard"));
    }
}

package annonces.moderation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShoutingTest {

    @Test
    void aTextMostlyInCapitalsShouts() {
        assertTrue(Shouting.shouts("URGENT VENDS PEUGEOT 208 TRES BON ETAT"));
    }

    @Test
    void ordinaryCapitalsDoNotShout() {
        assertFalse(Shouting.shouts("Peugeot 208 GT Line, première main, CT OK"));
    }

    @Test
    void shortTextsAreLeftAlone() {
        assertFalse(Shouting.shouts("BMW X5 TDI"));
    }
}

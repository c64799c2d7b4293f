package annonces.moderation;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LookalikeTest {

    private static final UUID OTHER = UUID.randomUUID();

    @Test
    void theSameSellersNearIdenticalAdIsADuplicateAndIsNamed() {
        Lookalike aquarelle = new Lookalike(OTHER, "Aquarelle peinture de la collection, 2000, 94x74cm", true,
                0.55, 0.85, true);

        assertTrue(aquarelle.duplicates());
        assertTrue(aquarelle.flag().detail().contains(OTHER.toString()), aquarelle.flag()::detail);
        assertTrue(aquarelle.flag().detail().contains("\"Aquarelle peinture de la collection, 200..."),
                aquarelle.flag()::detail);
    }

    @Test
    void theSameSellersDifferentAdIsNotADuplicate() {
        assertFalse(new Lookalike(OTHER, "Pneus été 205/55/16", true, 0.45, 0.3, true).duplicates());
    }

    @Test
    void anotherSellersAdWithAShortGenericDescriptionIsNotADuplicate() {
        assertFalse(new Lookalike(OTHER, "Peugeot 208 GT Line 2019", false, 1.0, 1.0, false).duplicates());
    }

    @Test
    void anotherSellersCopiedLongAdIsADuplicate() {
        assertTrue(new Lookalike(OTHER, "Appartement T2 meublé", false, 0.9, 0.95, true).duplicates());
    }
}

package annonces.moderation;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LookalikeTest {

    private static final UUID OTHER = UUID.randomUUID();

    @Test
    void theSameSellersNearIdenticalAdIsADuplicateAndIsNamed() {
        Lookalike aquarelle = new Lookalike(OTHER, "Aquarelle peinture de la collection, 2000, 94x74cm",
                new Resemblance(true, null, true, 0.71, 0.55, true, 0.85, 0, Resemblance.Place.COMMUNE, 1));

        assertTrue(aquarelle.duplicates());
        Flag flag = aquarelle.flag();
        assertEquals(Flag.POSSIBLE_DUPLICATE, flag.code());
        assertEquals(OTHER, flag.listingId());
        assertTrue(flag.detail().startsWith("close to the same seller's ad " + OTHER), flag::detail);
        assertTrue(flag.detail().contains("\"Aquarelle peinture de la collection, 200...\""), flag::detail);
    }

    @Test
    void theSameSellersDifferentAdIsNotADuplicate() {
        assertFalse(new Lookalike(OTHER, "Pneus été 205/55/16",
                new Resemblance(true, null, true, 0.4, 0.45, true, 0.3, 0.2, Resemblance.Place.COMMUNE, 1)).duplicates());
    }

    @Test
    void anotherSellersAdWithAShortGenericDescriptionIsNotADuplicate() {
        assertFalse(new Lookalike(OTHER, "Peugeot 208 GT Line 2019",
                new Resemblance(false, null, true, 1, 1, false, 1, 0, Resemblance.Place.COMMUNE, 1)).duplicates());
    }

    @Test
    void anotherSellersCopiedLongAdIsADuplicateNamedAsAnotherSellers() {
        Lookalike copy = new Lookalike(OTHER, "Appartement T2 meublé",
                new Resemblance(false, null, true, 0.9, 0.9, true, 0.95, 0.3, Resemblance.Place.ELSEWHERE, 1));

        assertTrue(copy.duplicates());
        assertTrue(copy.flag().detail().startsWith("close to another seller's ad " + OTHER), copy.flag()::detail);
    }

    @Test
    void aConflictOutweighsAnyText() {
        assertFalse(new Lookalike(OTHER, "Appartement T3 68 m²", new Resemblance(true, "3 rooms against 2", true, 1, 1,
                true, 1, 0, Resemblance.Place.COMMUNE, 1)).duplicates());
    }
}

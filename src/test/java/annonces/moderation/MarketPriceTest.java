package annonces.moderation;

import annonces.listings.Subcategory;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketPriceTest {

    private static final MarketPrice CARS_IN_50 = new MarketPrice(Subcategory.CAR, "in department 50", 1_350_000, 42);

    @Test
    void aPriceFiveTimesBelowTheMedianIsAnOutlier() {
        Flag flag = CARS_IN_50.judge(1_500).orElseThrow();

        assertEquals(Flag.PRICE_OUTLIER, flag.code());
        assertEquals("15 € against a median of 13 500 € for CAR in department 50 (n=42)", flag.detail());
    }

    @Test
    void aPriceFiveTimesAboveTheMedianIsAnOutlier() {
        assertTrue(CARS_IN_50.judge(10_000_000).isPresent());
    }

    @Test
    void aPriceWithinTheRangeIsNotFlagged() {
        assertEquals(Optional.empty(), CARS_IN_50.judge(400_000));
        assertEquals(Optional.empty(), CARS_IN_50.judge(5_000_000));
    }

    @Test
    void aSmallSampleFlagsNothing() {
        assertEquals(Optional.empty(), new MarketPrice(Subcategory.CAR, "nationally", 1_350_000, 4).judge(1_500));
    }

    @Test
    void goodsAndPartsAreLeftOut() {
        assertEquals(Optional.empty(), new MarketPrice(Subcategory.HOME, "nationally", 15_000, 100).judge(100));
        assertEquals(Optional.empty(), new MarketPrice(Subcategory.PARTS, "nationally", 15_000, 100).judge(100));
    }

    @Test
    void centsAreShownOnlyWhenThereAreSome() {
        assertEquals("1 234,05 €", MarketPrice.euros(123_405));
    }
}

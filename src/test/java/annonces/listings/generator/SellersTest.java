package annonces.listings.generator;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

class SellersTest {

    @Test
    void everySirenHasNineDigitsAndAValidLuhnKey() {
        Dice dice = new Dice(5);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String siren = Sellers.siren(dice);
            assertTrue(siren.matches("[3-9]\\d{8}") && luhn(siren), siren);
            seen.add(siren);
        }
        assertTrue(seen.size() > 19_900, "sirens hardly repeat: " + seen.size());
    }

    /** INSEE's rule, written out again so that the test does not trust the code it checks. */
    private static boolean luhn(String siren) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = siren.charAt(8 - i) - '0';
            int value = i % 2 == 1 ? digit * 2 : digit;
            sum += value > 9 ? value - 9 : value;
        }
        return sum % 10 == 0;
    }
}

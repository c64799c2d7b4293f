package annonces.accounts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SirenTest {

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "552100554", "542065479", "000000000"})
    void sirensWithAValidLuhnKeyAreAccepted(String siren) {
        assertTrue(Siren.isValid(siren));
    }

    @ParameterizedTest
    @ValueSource(strings = {"732829321", "552100555", "12345678", "1234567890", "73282932A", ""})
    void sirensWithAWrongKeyOrShapeAreRefused(String siren) {
        assertFalse(Siren.isValid(siren));
    }
}

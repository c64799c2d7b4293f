package annonces.embed;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EurosTest {

    @ParameterizedTest(name = "{0} cents read {1}")
    @CsvSource(delimiter = '|', value = {
            "6000000   | 60 000 €",
            "1620000   | 16 200 €",
            "95000     | 950 €",
            "4000      | 40 €",
            "0         | 0 €",
            "1250      | 12,50 €",
            "105       | 1,05 €",
            "123456789 | 1 234 567,89 €",
            "100000000000 | 1 000 000 000 €"})
    void amountsReadAsAFrenchReaderWritesThem(long cents, String expected) {
        assertEquals(expected, Euros.of(cents));
    }
}

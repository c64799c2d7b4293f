package annonces.listings.generator;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/bench";

    @Test
    void theDocumentedCommandLineGivesItsDefaults() {
        Options options = Options.parse(new String[] {"--url", URL, "--user", "postgres", "--count", "1000000"},
                Map.of(), 2);
        assertEquals(new Options(URL, "postgres", "", 1_000_000, 42, 20_000, 2, true), options);
    }

    @Test
    void everyOptionCanBeSetAndThePasswordComesFromTheEnvironmentByDefault() {
        Options options = Options.parse(new String[] {"--url", URL, "--count", "1_000", "--seed", "-7",
                "--sellers", "30", "--streams", "1", "--no-migrate"}, Map.of("PGPASSWORD", "s3cret"), 8);
        assertEquals(new Options(URL, "postgres", "s3cret", 1_000, -7, 30, 1, false), options);
        assertFalse(options.toString().contains("s3cret"), "the password is never printed");
    }

    @Test
    void aWrongLineIsExplainedBeforeAnythingRuns() {
        assertMessage("--url jdbc:postgresql://... is required", "--count", "10");
        assertMessage("--count is required", "--url", URL);
        assertMessage("--count must be a whole number: many", "--url", URL, "--count", "many");
        assertMessage("--sellers must be between 1 and 10000000: 0", "--url", URL, "--count", "5", "--sellers", "0");
        assertMessage("unknown option --cuont", "--url", URL, "--cuont", "5");
        assertMessage("--seed needs a value", "--url", URL, "--count", "5", "--seed");
    }

    private static void assertMessage(String message, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Options.parse(args, Map.of(), 2));
        assertEquals(message, e.getMessage());
        assertTrue(Options.USAGE.contains("--count"));
    }
}

package annonces.listings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The examples of RFC 7396, appendix A, that apply to an object target. */
class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"a\":\"b\"}               | {\"a\":\"c\"}            | {\"a\":\"c\"}",
            "{\"a\":\"b\"}               | {\"b\":\"c\"}            | {\"a\":\"b\",\"b\":\"c\"}",
            "{\"a\":\"b\"}               | {\"a\":null}             | {}",
            "{\"a\":\"b\",\"b\":\"c\"}   | {\"a\":null}             | {\"b\":\"c\"}",
            "{\"a\":[\"b\"]}             | {\"a\":\"c\"}            | {\"a\":\"c\"}",
            "{\"a\":\"c\"}               | {\"a\":[\"b\"]}          | {\"a\":[\"b\"]}",
            "{\"a\":{\"b\":\"c\"}}       | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\":{\"b\":\"d\"}}",
            "{\"a\":[{\"b\":\"c\"}]}     | {\"a\":[1]}              | {\"a\":[1]}",
            "{\"e\":null}                | {\"a\":1}                | {\"e\":null,\"a\":1}",
            "{}                          | {\"a\":{\"bb\":{\"ccc\":null}}} | {\"a\":{\"bb\":{}}}"})
    void rfc7396Examples(String target, String patch, String expected) throws Exception {
        JsonNode result = Listings.mergePatch((ObjectNode) JSON.readTree(target), JSON.readTree(patch));
        assertEquals(JSON.readTree(expected), result);
    }
}

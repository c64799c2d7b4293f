package annonces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every refusal must look like: the status, an RFC 9457 document, and the member named. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), () -> "status of " + reply);
        assertTrue(reply.contentType().startsWith("application/problem+json"), () -> "content type of " + reply);
        assertEquals(status, reply.json().path("status").asInt(), () -> "status member of " + reply);
        assertFalse(reply.json().path("title").asText().isEmpty(), () -> "title of " + reply);
        assertFalse(reply.json().path("detail").asText().isEmpty(), () -> "detail of " + reply);
    }

    public static void assertInvalid(Api.Reply reply, String... fields) {
        assertProblem(reply, 400);
        for (String field : fields) {
            assertTrue(reply.fieldsInError().contains(field), () -> field + " not named in " + reply);
        }
    }
}

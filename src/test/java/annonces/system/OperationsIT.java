package annonces.system;

import annonces.Api;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static annonces.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What operators and API clients rely on besides the features: health, the API description, error shapes. */
@MicronautTest(transactional = false)
class OperationsIT {

    @Inject
    EmbeddedServer server;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server);
    }

    @Test
    void healthProbesAnswerUpWithTheDatabase() {
        for (String path : new String[]{"/health", "/health/liveness", "/health/readiness"}) {
            Api.Reply reply = api.get(path).send();
            assertEquals(200, reply.status(), path + " " + reply);
            assertEquals("UP", reply.json().path("status").asText(), path);
        }
    }

    @Test
    void theOpenApiDescriptionAndItsBrowsableUiAreServed() {
        Api.Reply spec = api.get("/swagger/annonces-v1.yml").send();
        assertEquals(200, spec.status());
        for (String path : new String[]{"/api/v1/accounts", "/api/v1/auth/login", "/api/v1/listings/{id}",
                "/api/v1/me/listings"}) {
            assertTrue(spec.text().contains(path), path);
        }
        Api.Reply ui = api.get("/swagger-ui/index.html").send();
        assertEquals(200, ui.status());
        assertTrue(ui.text().contains("swagger"), "swagger-ui page");
    }

    @Test
    void anUnknownPathIsAProblemNotAPage() {
        assertProblem(api.get("/api/v1/nothing-here").header("Accept", "text/html").send(), 404);
    }

    @Test
    void aWrongMethodIsA405Problem() {
        assertProblem(api.delete("/api/v1/accounts").send(), 405);
    }

    @Test
    void aBodyOverOneMegabyteIsA413Problem() {
        String huge = "{\"title\": \"" + "x".repeat(1_100_000) + "\"}";
        assertProblem(api.post("/api/v1/accounts", huge).send(), 413);
    }
}

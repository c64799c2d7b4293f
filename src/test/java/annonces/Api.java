package annonces;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The service as a black box over real HTTP: what a client sends and what it gets back, errors included
 * (nothing throws on a 4xx, so tests assert on statuses and problem documents like any caller would).
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public Api(EmbeddedServer server) {
        this(server.getURI());
    }

    public Api(URI base) {
        this.base = base;
    }

    public Call get(String path) {
        return new Call("GET", path, null);
    }

    public Call post(String path, Object body) {
        return new Call("POST", path, body);
    }

    public Call put(String path, Object body) {
        return new Call("PUT", path, body);
    }

    public Call patch(String path, Object body) {
        return new Call("PATCH", path, body).header("Content-Type", "application/merge-patch+json");
    }

    public Call delete(String path) {
        return new Call("DELETE", path, null);
    }

    public Call options(String path) {
        return new Call("OPTIONS", path, null);
    }

    public static String json(Object value) {
        try {
            return value instanceof String s ? s : JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One request being built; {@link #send()} sends it. */
    public final class Call {
        private final String method;
        private final String path;
        private final Object body;
        private final List<String[]> headers = new ArrayList<>();

        private Call(String method, String path, Object body) {
            this.method = method;
            this.path = path;
            this.body = body;
            if (body != null) {
                headers.add(new String[]{"Content-Type", "application/json"});
            }
        }

        public Call header(String name, String value) {
            headers.removeIf(h -> h[0].equalsIgnoreCase(name));
            headers.add(new String[]{name, value});
            return this;
        }

        public Call token(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Reply send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json(body)));
            headers.forEach(h -> request.header(h[0], h[1]));
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** What came back. */
    public record Reply(int status, java.net.http.HttpHeaders headers, String text) {

        public JsonNode json() {
            if (text == null || text.isEmpty()) {
                return MissingNode.getInstance();
            }
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + text, e);
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        /** The {@code field} members of a problem document's {@code errors}. */
        public List<String> fieldsInError() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}

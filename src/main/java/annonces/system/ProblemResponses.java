package annonces.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error the service answers, whoever raised it (our handlers, Micronaut's own for 404/405/415/413,
 * security's 401/403), leaves as an RFC 9457 problem document: {@code type, title, status, detail} and,
 * for invalid input, {@code errors: [{field, message}]}.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponses implements ErrorResponseProcessor<Map<String, Object>> {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    @Override
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", HttpStatus.valueOf(status).getReason());
        body.put("status", status);
        body.put("detail", detail(context, status));
        List<Map<String, String>> fields = new ArrayList<>();
        for (Error e : context.getErrors()) {
            e.getPath().ifPresent(path -> {
                Map<String, String> field = new LinkedHashMap<>();
                field.put("field", path);
                field.put("message", e.getMessage());
                fields.add(field);
            });
        }
        if (!fields.isEmpty()) {
            body.put("errors", fields);
        }
        body.put("instance", context.getRequest().getPath());
        return response.body(body).contentType(PROBLEM_JSON);
    }

    private static String detail(ErrorContext context, int status) {
        if (status >= 500) {
            // Never leak internals; the log has the stack trace.
            return status == 503 ? "A service this one depends on is unavailable; try again shortly."
                    : "An unexpected error occurred.";
        }
        if (!context.hasErrors()) {
            return HttpStatus.valueOf(status).getReason();
        }
        return context.getErrors().stream()
                .map(e -> e.getPath().map(p -> p + ": " + e.getMessage()).orElse(e.getMessage()))
                .collect(Collectors.joining("; "));
    }

    /** An {@link Error} naming the JSON member at fault. */
    public static Error fieldError(String field, String message) {
        return new Error() {
            @Override
            public java.util.Optional<String> getPath() {
                return java.util.Optional.ofNullable(field);
            }

            @Override
            public String getMessage() {
                return message;
            }
        };
    }
}

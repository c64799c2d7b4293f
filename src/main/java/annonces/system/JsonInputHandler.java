package annonces.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JacksonExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** A body that Jackson cannot bind: 400 naming the member, instead of Micronaut's generic message. */
@Singleton
@Replaces(JacksonExceptionHandler.class)
public class JsonInputHandler implements ExceptionHandler<JsonProcessingException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> problems;

    JsonInputHandler(ErrorResponseProcessor<?> problems) {
        this.problems = problems;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface's own signature
    public HttpResponse<?> handle(HttpRequest request, JsonProcessingException exception) {
        FieldError error = JsonInputErrors.describe(exception);
        return problems.processResponse(ErrorContext.builder(request).cause(exception)
                .error(ProblemResponses.fieldError(error.field(), error.message())).build(),
                HttpResponse.badRequest());
    }
}

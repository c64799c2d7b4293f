package annonces.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * A body or query value that could not be converted: names the member (for JSON, from Jackson's
 * path) or the query parameter.
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
public class ConversionErrors implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> problems;

    ConversionErrors(ErrorResponseProcessor<?> problems) {
        this.problems = problems;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface's own signature
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        FieldError error = null;
        for (Throwable t = exception.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                error = JsonInputErrors.describe(json);
                break;
            }
        }
        if (error == null) {
            String name = exception.getArgument().getName();
            Object value = exception.getConversionError().getOriginalValue().orElse(null);
            error = new FieldError(name, "cannot read " + (value == null ? "the value" : "'" + value + "'")
                    + " as " + exception.getArgument().getType().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        }
        return problems.processResponse(ErrorContext.builder(request).cause(exception)
                .error(ProblemResponses.fieldError(error.field(), error.message())).build(),
                HttpResponse.badRequest());
    }
}

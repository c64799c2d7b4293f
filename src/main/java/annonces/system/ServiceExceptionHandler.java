package annonces.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** The one mapping from the domain's refusals to HTTP statuses. */
@Singleton
public class ServiceExceptionHandler implements ExceptionHandler<ServiceException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> problems;

    ServiceExceptionHandler(ErrorResponseProcessor<?> problems) {
        this.problems = problems;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface's own signature
    public HttpResponse<?> handle(HttpRequest request, ServiceException exception) {
        ErrorContext.Builder context = ErrorContext.builder(request).cause(exception);
        if (exception instanceof InvalidInputException invalid) {
            invalid.errors().forEach(e -> context.error(ProblemResponses.fieldError(e.field(), e.message())));
        } else {
            context.errorMessage(exception.getMessage());
        }
        return problems.processResponse(context.build(), HttpResponse.status(status(exception)));
    }

    static HttpStatus status(ServiceException exception) {
        if (exception instanceof InvalidInputException) {
            return HttpStatus.BAD_REQUEST;
        } else if (exception instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        } else if (exception instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        } else if (exception instanceof StaleVersionException) {
            return HttpStatus.PRECONDITION_FAILED;
        } else if (exception instanceof ForbiddenException) {
            return HttpStatus.FORBIDDEN;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}

package annonces.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
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
        MutableHttpResponse<?> response = problems.processResponse(context.build(), HttpResponse.status(status(exception)));
        if (exception instanceof TooManyRequestsException tooMany) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
        }
        return response;
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
        } else if (exception instanceof TooManyRequestsException) {
            return HttpStatus.TOO_MANY_REQUESTS;
        } else if (exception instanceof PayloadTooLargeException) {
            return HttpStatus.REQUEST_ENTITY_TOO_LARGE;
        } else if (exception instanceof UnsupportedMediaException) {
            return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}

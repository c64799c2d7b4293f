package annonces.accounts;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.errors.IssuingAnAccessTokenErrorCode;
import io.micronaut.security.errors.OauthErrorResponseException;
import io.micronaut.security.errors.OauthErrorResponseExceptionHandler;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * A refused refresh is a problem document like every other error, with the OAuth error code kept as the
 * member {@code error}. An unknown, expired or revoked refresh token is a 401 (the contract's "invalid
 * token"); a malformed request stays a 400.
 */
@Singleton
@Replaces(OauthErrorResponseExceptionHandler.class)
class RefreshRefusal implements ExceptionHandler<OauthErrorResponseException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> problems;

    RefreshRefusal(ErrorResponseProcessor<?> problems) {
        this.problems = problems;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"}) // the interface's own signature; the processor's body is a map
    public HttpResponse<?> handle(HttpRequest request, OauthErrorResponseException exception) {
        HttpStatus status = exception.getError() == IssuingAnAccessTokenErrorCode.INVALID_GRANT
                ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST;
        String detail = exception.getErrorDescription() != null ? exception.getErrorDescription()
                : exception.getError().getErrorCodeDescription();
        MutableHttpResponse<?> response = problems.processResponse(
                ErrorContext.builder(request).cause(exception).errorMessage(detail).build(), HttpResponse.status(status));
        if (response.body() instanceof Map body) {
            body.put("error", exception.getError().getErrorCode());
        }
        return response;
    }
}

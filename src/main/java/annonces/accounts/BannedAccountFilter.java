package annonces.accounts;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * A ban takes effect at once: an access token stays cryptographically valid until it expires, so every
 * authenticated request checks that its account is still active (a primary-key read) and a banned one gets
 * the same 401 as an invalid token.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class BannedAccountFilter implements Ordered {

    private final AccountRepository accounts;
    private final ErrorResponseProcessor<?> problems;

    BannedAccountFilter(AccountRepository accounts, ErrorResponseProcessor<?> problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    /** Right after authentication, before any controller. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> refuseBannedAccounts(HttpRequest<?> request) {
        Authentication authentication = request.getUserPrincipal(Authentication.class).orElse(null);
        if (authentication == null) {
            return null;
        }
        Object id = authentication.getAttributes().get(Caller.ACCOUNT_ID_CLAIM);
        if (id == null || accounts.findById(UUID.fromString(id.toString())).map(Account::active).orElse(false)) {
            return null;
        }
        return problems.processResponse(ErrorContext.builder(request)
                        .errorMessage("This account can no longer use the service").build(),
                HttpResponse.status(HttpStatus.UNAUTHORIZED)).header("WWW-Authenticate", "Bearer realm=\"annonces\"");
    }
}

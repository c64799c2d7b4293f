package annonces.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.UUID;
import java.util.concurrent.ExecutorService;

/**
 * A ban takes effect at once: an access token stays cryptographically valid until it expires, so every
 * authenticated request checks that its account is still active (a primary-key read) and a banned one gets
 * the same 401 as an invalid token. Anonymous requests (search, the news-site block) pass straight through
 * on the event loop; only authenticated ones move to the blocking pool for the read.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class BannedAccountFilter implements HttpServerFilter {

    private final AccountRepository accounts;
    private final ErrorResponseProcessor<?> problems;
    private final Scheduler blocking;

    BannedAccountFilter(AccountRepository accounts, ErrorResponseProcessor<?> problems,
                        @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.accounts = accounts;
        this.problems = problems;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    /** Right after authentication, before any controller. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Authentication authentication = request.getUserPrincipal(Authentication.class).orElse(null);
        Object id = authentication == null ? null : authentication.getAttributes().get(Caller.ACCOUNT_ID_CLAIM);
        if (id == null) {
            return chain.proceed(request);
        }
        return Mono.fromCallable(() -> accounts.findById(UUID.fromString(id.toString())).map(Account::active).orElse(false))
                .subscribeOn(blocking)
                .flatMap(active -> active ? Mono.from(chain.proceed(request)) : Mono.just(refusal(request)));
    }

    private MutableHttpResponse<?> refusal(HttpRequest<?> request) {
        return problems.processResponse(ErrorContext.builder(request)
                        .errorMessage("This account can no longer use the service").build(),
                HttpResponse.status(HttpStatus.UNAUTHORIZED)).header("WWW-Authenticate", "Bearer realm=\"annonces\"");
    }
}

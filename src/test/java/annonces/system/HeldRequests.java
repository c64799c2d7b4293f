package annonces.system;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Test only: an ad creation sent with {@code X-Test-Hold: <token>} waits here, before its controller, until
 * the test releases it. The test knows the request is in flight, and can stop the instance under it, without
 * guessing with sleeps. Other requests pass untouched; other tests never have this filter.
 */
@ServerFilter(value = "/api/v1/listings", methods = HttpMethod.POST)
@Requires(property = "annonces.test.held-requests", value = "true")
class HeldRequests {

    static final String HEADER = "X-Test-Hold";
    /** Beyond this a held request goes on anyway, so that a failing test cannot hang an instance. */
    private static final Duration AT_MOST = Duration.ofSeconds(30);

    private record Hold(CountDownLatch arrived, CountDownLatch released) {
        Hold() {
            this(new CountDownLatch(1), new CountDownLatch(1));
        }
    }

    private final Map<String, Hold> holds = new ConcurrentHashMap<>();

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void hold(HttpRequest<?> request) throws InterruptedException {
        String token = request.getHeaders().get(HEADER);
        if (token == null) {
            return;
        }
        Hold hold = of(token);
        hold.arrived().countDown();
        hold.released().await(AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return whether the request with this token reached the filter within the given time */
    boolean arrived(String token, Duration within) throws InterruptedException {
        return of(token).arrived().await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    void release(String token) {
        of(token).released().countDown();
    }

    private Hold of(String token) {
        return holds.computeIfAbsent(token, t -> new Hold());
    }
}

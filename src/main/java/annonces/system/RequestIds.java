package annonces.system;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.MDC;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every request has an id, the caller's {@code X-Request-Id} when it is a sane one (a proxy's or another
 * service's, so that their logs and ours meet), a new UUID otherwise. It is answered in the same header and
 * is {@code requestId} in the MDC of every log line written for the request: the id travels in the request's
 * propagated context, so it follows the request from the event loop to the blocking pool and back, and never
 * stays behind on a thread that moves on to another request.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestIds implements Ordered {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    /** Long enough for a UUID, a trace id or a proxy's own format; nothing that could forge a log line or header. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    /** Before every other filter, so that security's refusals and the metrics filter run with the id. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @RequestFilter
    void identify(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = accepted(request.getHeaders().get(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        Map<String, String> mdc = new HashMap<>();
        Map<String, String> current = MDC.getCopyOfContextMap();
        if (current != null) {
            mdc.putAll(current);
        }
        mdc.put(MDC_KEY, id);
        context.add(new MdcPropagationContext(mdc));
    }

    @ResponseFilter
    void answer(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.getHeaders().set(HEADER, id));
    }

    static String accepted(String given) {
        return given != null && SANE.matcher(given).matches() ? given : generated();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: an id only has to be unique, not secret, and
     * {@link UUID#randomUUID()} draws from the shared SecureRandom on every request.
     */
    static String generated() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }
}

package annonces.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

/**
 * Who a request comes from, for whatever limits or counts clients (the reports' hourly limit and their
 * distinct reporters): the header the proxy in front sets when one is configured
 * ({@code MICRONAUT_SERVER_CLIENT_ADDRESS_HEADER}), else the TCP peer. Micronaut's own resolver falls back to
 * {@code Forwarded} and {@code X-Forwarded-For} when no header is configured, headers any client can write.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public class ClientAddresses implements HttpClientAddressResolver {

    private final HttpClientAddressResolver configuredHeader;
    private final boolean behindProxy;

    ClientAddresses(HttpServerConfiguration server) {
        this.configuredHeader = new DefaultHttpClientAddressResolver(server);
        this.behindProxy = server.getClientAddressHeader() != null;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface declares the raw type
    public String resolve(HttpRequest request) {
        return behindProxy ? configuredHeader.resolve(request) : request.getRemoteAddress().getAddress().getHostAddress();
    }

    /** The client's key for limits and counts: its address, or {@code unknown} when there is none to read. */
    public String clientOf(HttpRequest<?> request) {
        String client = resolve(request);
        return client == null || client.isBlank() ? "unknown" : client;
    }
}

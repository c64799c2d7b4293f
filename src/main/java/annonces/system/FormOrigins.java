package annonces.system;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.net.URI;

/** Where a form post comes from, for the forms of the public pages (contact, report). */
public final class FormOrigins {

    private FormOrigins() {
    }

    /**
     * A browser says where a form comes from (Origin, else Referer): it must be this service, as the request
     * reached it. A request that says nothing (an old browser, a script) is let through: the form's own checks
     * and the limits still hold.
     */
    public static boolean sameOrigin(HttpRequest<?> request) {
        String from = request.getHeaders().get("Origin");
        if (from == null || from.equals("null")) {
            from = request.getHeaders().get(HttpHeaders.REFERER);
        }
        if (from == null) {
            return true;
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        try {
            URI uri = URI.create(from);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package annonces.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The small pages that the links in mail open (verify an address, reset a password, renew an ad, confirm a
 * message, read a conversation): a jte template rendered for one person, never cached, never framed, with a
 * policy that allows the page's own styles and forms posting back here, and nothing else. The tokens in their
 * addresses do not leak to other sites: every answer's Referrer-Policy sends them only the origin
 * ({@link SecurityHeaders}).
 */
@Singleton
public class Pages {

    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private final HtmlJteViewsRenderer<Map<String, Object>> renderer;

    Pages(HtmlJteViewsRenderer<Map<String, Object>> renderer) {
        this.renderer = renderer;
    }

    /** @param model may hold nulls (a template's optional parameters) */
    public MutableHttpResponse<String> render(HttpStatus status, String template, Map<String, Object> model) {
        StringWriter out = new StringWriter(4096);
        try {
            renderer.render(template, new HashMap<>(model), (HttpRequest<?>) null).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.<String>status(status).body(out.toString()).contentType(HTML)
                .header("Content-Security-Policy", POLICY).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /**
     * The one-message page of the public forms (contact, report): a title, a sentence, and a way back to the ad.
     *
     * @param listingId the ad to go back to, or null when there is none to show
     */
    public MutableHttpResponse<String> message(HttpStatus status, String title, String text, @Nullable String listingId) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("message", text);
        model.put("back", listingId == null ? null : "/annonces/" + listingId);
        return render(status, "pages/message", model);
    }
}

package annonces.embed;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.time.Duration;
import java.util.List;

/**
 * What the embed's responses say to browsers and CDNs: how long to keep them ({@code s-maxage} and
 * {@code stale-while-revalidate} for the news site's CDN), their ETag, with 304 for a matching
 * {@code If-None-Match}, and who may frame them.
 */
final class PageHeaders {

    private PageHeaders() {
    }

    static String cacheControl(EmbedSettings s) {
        return "public, max-age=" + seconds(s.maxAge()) + ", s-maxage=" + seconds(s.sharedMaxAge())
                + ", stale-while-revalidate=" + seconds(s.staleWhileRevalidate());
    }

    /** The page, or 304 when the client already has these bytes. */
    static MutableHttpResponse<?> send(HttpRequest<?> request, Rendered page, String cacheControl) {
        MutableHttpResponse<?> response = matches(request.getHeaders().getAll(HttpHeaders.IF_NONE_MATCH), page.etag())
                ? HttpResponse.notModified()
                : HttpResponse.status(HttpStatus.valueOf(page.status())).body(page.body()).contentType(page.type());
        return response.header(HttpHeaders.ETAG, page.etag()).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    /** RFC 9110 13.1.2: {@code *}, or any listed tag equal under weak comparison. */
    static boolean matches(List<String> ifNoneMatch, String etag) {
        String bare = opaque(etag);
        for (String header : ifNoneMatch) {
            for (String candidate : header.split(",")) {
                String c = candidate.strip();
                if (c.equals("*") || opaque(c).equals(bare)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** Framing: this service's own pages and the configured news sites, nobody else. */
    /**
     * The policy of the service's own HTML pages (an ad, the search): their inline style sheet, photos from here,
     * forms posting back here, framed only by this service.
     */
    static String pagePolicy(InlineAssets assets) {
        return "default-src 'none'; style-src " + assets.pageStyle.source()
                + "; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
    }

    /** A page answered as it is, never cached: the 404 of an unknown ad, a refused search. */
    static MutableHttpResponse<?> uncached(HttpStatus status, Rendered page, String policy) {
        return HttpResponse.status(status).body(page.body()).contentType(page.type())
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").header("Content-Security-Policy", policy);
    }

    static String frameAncestors(EmbedSettings s) {
        return "frame-ancestors 'self'" + (s.origins().isEmpty() ? "" : " " + String.join(" ", s.origins()));
    }

    private static long seconds(Duration d) {
        return d.toSeconds();
    }
}

package annonces.embed;

import annonces.system.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A style sheet or script written into a page rather than fetched: one request less for the news site's
 * readers. Its digest goes into the page's Content-Security-Policy, so no other inline code can run.
 */
public record Inline(String text, String source) {

    static Inline of(String text) {
        byte[] digest = Sha256.of(text.getBytes(StandardCharsets.UTF_8));
        return new Inline(text, "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
    }
}

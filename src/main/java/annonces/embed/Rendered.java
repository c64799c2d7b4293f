package annonces.embed;

import annonces.system.Sha256;
import io.micronaut.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A response body rendered once and served many times, with its strong ETag (a digest of the bytes, so two
 * instances give the same page the same tag).
 */
record Rendered(byte[] body, MediaType type, String etag, int status) {

    static Rendered of(String text, MediaType type) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return new Rendered(body, type, etagOf(body), 200);
    }

    static Rendered of(byte[] body, MediaType type) {
        return new Rendered(body, type, etagOf(body), 200);
    }

    /** The same page answered with another status (410 for an ad that is no longer available). */
    Rendered withStatus(int other) {
        return new Rendered(body, type, etag, other);
    }

    private static String etagOf(byte[] body) {
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.of(body)).substring(0, 27) + "\"";
    }
}

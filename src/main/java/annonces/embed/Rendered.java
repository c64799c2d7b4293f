package annonces.embed;

import annonces.system.Sha256;
import io.micronaut.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A response body rendered once and served many times, with its strong ETag (a digest of the bytes, so two
 * instances give the same page the same tag).
 */
record Rendered(byte[] body, MediaType type, String etag) {

    static Rendered of(String text, MediaType type) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return new Rendered(body, type, etagOf(body));
    }

    static Rendered of(byte[] body, MediaType type) {
        return new Rendered(body, type, etagOf(body));
    }

    private static String etagOf(byte[] body) {
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.of(body)).substring(0, 27) + "\"";
    }
}

package annonces.system;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HMAC-SHA256 keys derived from the service's one secret, one per purpose (cursors, client keys, signed links),
 * so that every instance computes the same tags and a tag made for one purpose is worthless for another. The
 * key of a purpose is {@code HMAC("annonces-<purpose>-key", "<purpose>:<secret>")}.
 */
@Singleton
public class Keyring {

    private final String secret;
    private final Map<String, SecretKeySpec> keys = new ConcurrentHashMap<>();

    Keyring(@Property(name = "micronaut.security.token.jwt.signatures.secret.generator.secret") String secret) {
        this.secret = secret;
    }

    /** The HMAC of {@code data} under this purpose's key. */
    public byte[] sign(String purpose, byte[] data) {
        return hmac(data, keys.computeIfAbsent(purpose, this::derive));
    }

    /** The first {@code bytes} bytes of the HMAC: a tag long enough to be unguessable, short enough for a URL. */
    public byte[] tag(String purpose, byte[] data, int bytes) {
        return Arrays.copyOf(sign(purpose, data), bytes);
    }

    /**
     * A client's address as a stable, opaque key (32 hex digits): enough to count a client's requests and to
     * deduplicate them across instances, never enough to recover the address.
     */
    public String clientKey(String purpose, String address) {
        return HexFormat.of().formatHex(tag(purpose, address.getBytes(StandardCharsets.UTF_8), 16));
    }

    private SecretKeySpec derive(String purpose) {
        byte[] material = hmac((purpose + ":" + secret).getBytes(StandardCharsets.UTF_8),
                new SecretKeySpec(("annonces-" + purpose + "-key").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return new SecretKeySpec(material, "HmacSHA256");
    }

    private static byte[] hmac(byte[] data, SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

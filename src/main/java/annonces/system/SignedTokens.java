package annonces.system;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Tamper-proof tokens for links that work without a login (unsubscribe, a guest's conversation, renewing an
 * ad from a reminder): what the link grants, an optional expiry, and an HMAC tag under a key of that purpose
 * ({@link Keyring}). Nothing is stored; a forged, altered, expired or other-purpose token is one same refusal.
 */
@Singleton
public class SignedTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int TAG_BYTES = 16;
    private static final String SEPARATOR = "\u001F";

    private final Keyring keyring;
    private final Clock clock;

    SignedTokens(Keyring keyring, Clock clock) {
        this.keyring = keyring;
        this.clock = clock;
    }

    /** @param expires null for a token that never expires (an unsubscribe link must work in old mail) */
    public String issue(String purpose, @Nullable Instant expires, String... parts) {
        List<String> fields = new ArrayList<>();
        fields.add(expires == null ? "" : Long.toString(expires.getEpochSecond()));
        fields.addAll(Arrays.asList(parts));
        byte[] payload = String.join(SEPARATOR, fields).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(tag(purpose, payload));
    }

    /** The parts the token was issued with, or a 400 naming {@code token}. */
    public List<String> open(String purpose, @Nullable String token) {
        try {
            int dot = token == null ? -1 : token.indexOf('.');
            if (dot > 0) {
                byte[] payload = DECODER.decode(token.substring(0, dot));
                if (MessageDigest.isEqual(DECODER.decode(token.substring(dot + 1)), tag(purpose, payload))) {
                    List<String> fields = Arrays.asList(new String(payload, StandardCharsets.UTF_8).split(SEPARATOR, -1));
                    String expires = fields.get(0);
                    if (expires.isEmpty() || Instant.ofEpochSecond(Long.parseLong(expires)).isAfter(clock.instant())) {
                        return fields.subList(1, fields.size());
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            // the same answer as a forgery
        }
        throw new InvalidInputException("token", "this link is not valid: it has expired, or was altered");
    }

    private byte[] tag(String purpose, byte[] payload) {
        return keyring.tag("link:" + purpose, payload, TAG_BYTES);
    }
}

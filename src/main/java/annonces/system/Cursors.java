package annonces.system;

import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Opaque, tamper-proof paging cursors: the keyset position as text, signed with HMAC-SHA256 under a key
 * derived from the service's secret, so that every instance accepts the cursors of the others and a
 * forged or altered cursor is a 400, never a query.
 */
@Singleton
public class Cursors {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int TAG_BYTES = 16;
    private static final char SEPARATOR = '\u001F';

    /** The keyring's purpose of cursor tags: its key is the one cursors were always signed with. */
    private static final String PURPOSE = "cursor";

    private final Keyring keyring;

    Cursors(Keyring keyring) {
        this.keyring = keyring;
    }

    /** @param kind what the cursor pages through, so a cursor of one list is refused by another */
    public String encode(String kind, List<String> position) {
        byte[] payload = (kind + SEPARATOR + String.join(String.valueOf(SEPARATOR), position))
                .getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(tag(payload));
    }

    public List<String> decode(String kind, String cursor) {
        try {
            int dot = cursor.indexOf('.');
            if (dot > 0) {
                byte[] payload = DECODER.decode(cursor.substring(0, dot));
                byte[] tag = DECODER.decode(cursor.substring(dot + 1));
                if (MessageDigest.isEqual(tag, tag(payload))) {
                    List<String> parts = Arrays.asList(new String(payload, StandardCharsets.UTF_8)
                            .split(String.valueOf(SEPARATOR), -1));
                    if (parts.get(0).equals(kind)) {
                        return parts.subList(1, parts.size());
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            // falls through to the same answer as a forged cursor
        }
        throw new InvalidInputException("cursor", "is not a cursor this service issued for this list; "
                + "start again without it");
    }

    /** A page of rows and the cursor to the next one, or null on the last page. */
    public record Slice<T>(List<T> items, String nextCursor) {
    }

    /**
     * Cuts a keyset query's answer, fetched with {@code limit + 1} rows, into a page: the extra row only says
     * that there is a next page, whose cursor is the position of the page's last row.
     */
    public <T> Slice<T> slice(String kind, List<T> rows, int limit, java.util.function.Function<T, List<String>> position) {
        if (rows.size() <= limit) {
            return new Slice<>(rows, null);
        }
        List<T> page = rows.subList(0, limit);
        return new Slice<>(page, encode(kind, position.apply(page.get(limit - 1))));
    }

    /** The position a cursor carries, read by {@code parse}; whatever does not parse is the same 400 as a forgery. */
    public <P> P position(String kind, String cursor, java.util.function.Function<List<String>, P> parse) {
        List<String> parts = decode(kind, cursor);
        try {
            return parse.apply(parts);
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "is not a cursor of this list; start again without it");
        }
    }

    private byte[] tag(byte[] payload) {
        return keyring.tag(PURPOSE, payload, TAG_BYTES);
    }
}

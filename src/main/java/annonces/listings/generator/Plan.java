package annonces.listings.generator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What to generate. The same plan always gives the same rows: the seed sets every choice, and
 * {@code now} anchors every date (ads are spread over the 90 days before it).
 *
 * @param count   ads to write
 * @param sellers accounts the ads are spread over, written first
 */
public record Plan(int count, int sellers, long seed, Instant now) {

    /** Enough sellers for a few dozen ads each, as on a real site, and at most 20,000. */
    public static final int MAX_DEFAULT_SELLERS = 20_000;

    public Plan {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        if (sellers < 1) {
            throw new IllegalArgumentException("sellers must be at least 1: " + sellers);
        }
        // PostgreSQL keeps microseconds: a plan with nanoseconds would not read back as written.
        now = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** {@code count} ads over the default number of sellers, dated from the present moment. */
    public static Plan of(int count, long seed) {
        return new Plan(count, defaultSellers(count), seed, Instant.now());
    }

    public static int defaultSellers(int count) {
        return Math.max(1, Math.min(MAX_DEFAULT_SELLERS, count / 50));
    }

    public Plan withSellers(int sellers) {
        return new Plan(count, sellers, seed, now);
    }

    public Plan withNow(Instant now) {
        return new Plan(count, sellers, seed, now);
    }
}

package annonces.listings.generator;

import java.time.Duration;

/**
 * What a run wrote and how long it took.
 *
 * @param loading   the two COPYs and the commit: what the rows per second measure
 * @param analyzing {@code ANALYZE} of both tables afterwards, so that the first queries get good plans
 */
public record Generated(int sellers, long ads, Duration loading, Duration analyzing) {

    public double adsPerSecond() {
        return ads / Math.max(1e-9, loading.toNanos() / 1e9);
    }

    public Duration total() {
        return loading.plus(analyzing);
    }
}

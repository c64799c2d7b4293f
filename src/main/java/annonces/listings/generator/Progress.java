package annonces.listings.generator;

import java.time.Duration;

/** Told every {@link AdGenerator#REPORT_EVERY} ads how far a long run has got. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (ads, elapsed) -> {
    };

    void adsWritten(long ads, Duration elapsed);
}

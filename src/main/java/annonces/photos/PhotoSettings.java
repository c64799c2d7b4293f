package annonces.photos;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code annonces.photos.*}.
 *
 * @param storage          {@code database} (PostgreSQL, the default) or {@code s3} ({@link S3Settings})
 * @param maxBytes         the largest file accepted
 * @param maxPixels        the most pixels a file may declare, read from its header before anything is decoded
 * @param perListing       photos an ad may have
 * @param uploadsPerHour   uploads one seller may make an hour, over all its ads
 * @param concurrentDecodes photos decoded at once on one instance: each holds tens of megabytes for a moment
 * @param sweepEvery       how often each instance removes the bytes of deleted photos
 * @param abandonedAfter   an upload not finished after this long (the instance died) is swept
 * @param retention        the photos of an ad that is off the site for good (sold, withdrawn, rejected,
 *                         expired) are deleted this long after its last change
 */
@ConfigurationProperties("annonces.photos")
record PhotoSettings(
        @Bindable(defaultValue = "database") String storage,
        @Bindable(defaultValue = "10485760") long maxBytes,
        @Bindable(defaultValue = "40000000") long maxPixels,
        @Bindable(defaultValue = "10") int perListing,
        @Bindable(defaultValue = "60") int uploadsPerHour,
        @Bindable(defaultValue = "2") int concurrentDecodes,
        @Bindable(defaultValue = "1m") Duration sweepEvery,
        @Bindable(defaultValue = "1h") Duration abandonedAfter,
        @Bindable(defaultValue = "180d") Duration retention) {
}

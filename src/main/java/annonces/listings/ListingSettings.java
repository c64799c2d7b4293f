package annonces.listings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** {@code annonces.listings.*}: how long a published ad stays up before it expires. */
@ConfigurationProperties("annonces.listings")
public record ListingSettings(@Bindable(defaultValue = "60d") Duration lifetime) {
}

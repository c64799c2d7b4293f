package annonces.listings;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** Where the ad is, as the seller writes it; resolved against the official postcode file. */
@Introspected
public record PlaceInput(@Nullable String postcode, @Nullable String city) {
}

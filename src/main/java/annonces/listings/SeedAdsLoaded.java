package annonces.listings;

import java.util.List;
import java.util.UUID;

/** The demo ads are in the database (loaded now or at an earlier start): what decorates them may run. */
public record SeedAdsLoaded(UUID sellerId, List<UUID> listingIds) {
}

package annonces.listings;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A seed ad already loaded, by its stable key in {@code seeds/listings.json}. */
@MappedEntity("seed_listing")
record SeedListing(@Id String key, UUID listingId) {
}

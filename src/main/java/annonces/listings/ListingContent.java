package annonces.listings;

import annonces.geo.Location;

/** An ad's content once every rule holds: folded text, a resolved place, typed attributes. */
record ListingContent(
        Category category,
        Subcategory subcategory,
        String title,
        String description,
        long priceCents,
        Location location,
        ListingAttributes attributes) {
}

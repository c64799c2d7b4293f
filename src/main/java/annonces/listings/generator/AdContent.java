package annonces.listings.generator;

import annonces.listings.Category;
import annonces.listings.ListingAttributes;
import annonces.listings.Subcategory;

/** What a seller types for one ad: everything but the place, the seller and the ad's lifecycle. */
record AdContent(Subcategory subcategory, String title, String description, long priceCents,
                 ListingAttributes attributes) {

    Category category() {
        return subcategory.category();
    }
}

package annonces.listings;

import annonces.system.FieldError;

import java.util.List;

/**
 * The typed attributes of an ad, one record per category. Bean Validation checks each value on its own;
 * {@link #check} holds the rules that depend on the subcategory, on other attributes or on the price.
 * Paths in the returned errors are relative to {@code attributes}.
 */
public sealed interface ListingAttributes permits RealEstateAttributes, VehicleAttributes, GoodsAttributes {

    List<FieldError> check(Subcategory subcategory, long priceCents);

    /** The same attributes with defaults made explicit, as stored and shown. */
    ListingAttributes normalized(Subcategory subcategory);
}

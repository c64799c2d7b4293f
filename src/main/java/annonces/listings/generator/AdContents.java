package annonces.listings.generator;

import annonces.listings.Subcategory;

/** The content of an ad of any subcategory, from the writer of its category. Stateless, safe to share. */
final class AdContents {

    private final RealEstateAds realEstate = new RealEstateAds();
    private final VehicleAds vehicles;
    private final GoodsAds goods = new GoodsAds();

    /** @param currentYear the newest year a vehicle may be from, and the year its age counts from */
    AdContents(int currentYear) {
        this.vehicles = new VehicleAds(currentYear);
    }

    AdContent next(Subcategory subcategory, Place place, boolean pro, Dice dice) {
        return switch (subcategory.category()) {
            case REAL_ESTATE -> realEstate.next(subcategory, place, pro, dice);
            case VEHICLES -> vehicles.next(subcategory, place, pro, dice);
            case GOODS -> goods.next(subcategory, place, dice);
        };
    }
}

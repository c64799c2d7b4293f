package annonces.moderation;

import annonces.listings.Category;
import annonces.listings.ListingAttributes;
import annonces.listings.RealEstateAttributes;
import annonces.listings.Subcategory;
import annonces.listings.VehicleAttributes;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Values no real ad has, whatever the market: a chair at 999 999 999 €, a 90,000 m² house. They pass the
 * rules (which only bound what can be stored) and would pass the price comparison where there is no market
 * data yet; a moderator should look. The bounds are generous on purpose: a castle, a supercar, a farm's land
 * are real ads.
 */
final class Implausible {

    /** Above these, in euros: beyond the dearest real ads of each kind, by an order of magnitude or more. */
    private static final long GOODS_PRICE = 500_000;
    private static final long VEHICLE_PRICE = 5_000_000;
    private static final long PARTS_PRICE = 200_000;
    private static final long SALE_PRICE = 100_000_000;
    private static final long MONTHLY_RENT = 100_000;
    private static final int LIVING_SURFACE = 3_000;
    private static final int ROOMS = 40;
    private static final int MILEAGE = 1_500_000;

    private Implausible() {
    }

    /** What is implausible in this ad, in words a moderator reads at once; empty when nothing is. */
    static List<String> in(Category category, Subcategory subcategory, long priceCents, ListingAttributes attributes) {
        List<String> found = new ArrayList<>();
        long euros = priceCents / 100;
        long ceiling = switch (category) {
            case GOODS -> GOODS_PRICE;
            case VEHICLES -> subcategory == Subcategory.PARTS ? PARTS_PRICE : VEHICLE_PRICE;
            case REAL_ESTATE -> subcategory == Subcategory.RENT ? MONTHLY_RENT : SALE_PRICE;
        };
        if (euros > ceiling) {
            found.add("a price of " + String.format(Locale.ROOT, "%,d", euros) + " € for " + subcategory
                    + " (more than " + String.format(Locale.ROOT, "%,d", ceiling) + " €)");
        }
        if (attributes instanceof RealEstateAttributes a) {
            if (a.surfaceM2() != null && a.surfaceM2() > LIVING_SURFACE) {
                found.add("a living surface of " + a.surfaceM2() + " m² (more than " + LIVING_SURFACE + ")");
            }
            if (a.rooms() != null && a.rooms() > ROOMS) {
                found.add(a.rooms() + " rooms (more than " + ROOMS + ")");
            }
            if (a.surfaceM2() != null && a.rooms() != null && a.surfaceM2() < 5 * a.rooms()) {
                found.add(a.rooms() + " rooms in " + a.surfaceM2() + " m²");
            }
        }
        if (attributes instanceof VehicleAttributes v) {
            if (v.mileageKm() != null && v.mileageKm() > MILEAGE) {
                found.add("a mileage of " + v.mileageKm() + " km (more than " + MILEAGE + ")");
            }
            if (v.year() != null && v.year() > Year.now().getValue() + 1) {
                found.add("a first registration in " + v.year());
            }
        }
        return found;
    }
}

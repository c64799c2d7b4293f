package annonces.listings;

import annonces.system.FieldError;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Year;
import java.util.List;

/** Cars, motorcycles, vans and caravans by their registration; parts by their condition. */
@Introspected
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VehicleAttributes(
        @Nullable @Size(min = 1, max = 40) String brand,
        @Nullable @Size(min = 1, max = 60) String model,
        @Nullable @Min(1900) Integer year,
        @Nullable @PositiveOrZero @Max(3_000_000) Integer mileageKm,
        @Nullable Fuel fuel,
        @Nullable Gearbox gearbox,
        @Nullable Boolean mileageGuaranteed,
        @Nullable @Min(0) @Max(5) Integer critAir,
        @Nullable ItemCondition condition) implements ListingAttributes {

    @Override
    public List<FieldError> check(Subcategory subcategory, long priceCents) {
        Checks c = new Checks();
        if (subcategory == Subcategory.PARTS) {
            String notParts = "for PARTS";
            c.require("condition", condition, "for PARTS (NEW, LIKE_NEW, GOOD, FAIR or FOR_PARTS)")
                    .forbid("year", year, notParts).forbid("mileageKm", mileageKm, notParts)
                    .forbid("fuel", fuel, notParts).forbid("gearbox", gearbox, notParts)
                    .forbid("mileageGuaranteed", mileageGuaranteed, notParts).forbid("critAir", critAir, notParts);
        } else {
            String vehicle = "for a vehicle";
            c.require("brand", brand, vehicle).require("model", model, vehicle)
                    .require("year", year, vehicle + " (year of first registration)")
                    .require("mileageKm", mileageKm, vehicle)
                    .require("fuel", fuel, vehicle + " (PETROL, DIESEL, HYBRID, PLUGIN_HYBRID, ELECTRIC, LPG or OTHER)")
                    .forbid("condition", condition, "for a vehicle (only for PARTS)");
            if (year != null) {
                int next = Year.now().getValue() + 1;
                c.rule(year <= next, "year", "must not be after " + next);
            }
        }
        return c.errors();
    }

    /** The mileage is guaranteed unless the seller says otherwise. */
    @Override
    public ListingAttributes normalized(Subcategory subcategory) {
        if (subcategory == Subcategory.PARTS || mileageGuaranteed != null) {
            return this;
        }
        return new VehicleAttributes(brand, model, year, mileageKm, fuel, gearbox, true, critAir, condition);
    }
}

package annonces.listings;

import annonces.system.FieldError;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import java.util.List;

/**
 * Housing, land and premises. Beyond the values themselves, French law shapes these: the energy
 * diagnosis in every housing ad (décret 2022-780), rent charges and how they are paid, and the deposit
 * cap of one month's rent without charges, two when furnished (loi du 6 juillet 1989, art. 22 and 25-6).
 */
@Introspected
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RealEstateAttributes(
        @Nullable PropertyType propertyType,
        @Nullable @Positive @Max(100_000) Integer surfaceM2,
        @Nullable @Positive @Max(100) Integer rooms,
        @Nullable @Positive @Max(100_000_000) Integer landSurfaceM2,
        @Nullable Boolean furnished,
        @Nullable EnergyClass energyClass,
        @Nullable EnergyClass ghgClass,
        @Nullable @PositiveOrZero @Max(10_000_000) Long annualEnergyCostMinCents,
        @Nullable @PositiveOrZero @Max(10_000_000) Long annualEnergyCostMaxCents,
        @Nullable @Min(2015) @Max(2100) Integer energyPriceReferenceYear,
        @Nullable @PositiveOrZero Long chargesCents,
        @Nullable ChargesMode chargesMode,
        @Nullable @PositiveOrZero Long depositCents,
        @Nullable @Positive Long monthlyAnnuityCents,
        @Nullable Boolean occupied,
        @Nullable @Positive @Max(100_000) Integer coproprieteLots,
        @Nullable @PositiveOrZero Long annualCoproprieteChargesCents,
        @Nullable Boolean coproprieteProceedings) implements ListingAttributes {

    @Override
    public List<FieldError> check(Subcategory subcategory, long priceCents) {
        Checks c = new Checks();
        c.require("propertyType", propertyType, "(HOUSE, APARTMENT, ROOM, LAND, PARKING, COMMERCIAL or OTHER)");
        if (propertyType != null) {
            if (propertyType.hasNoHabitableSurface()) {
                c.forbid("surfaceM2", surfaceM2, "for " + propertyType + ": give landSurfaceM2");
                if (propertyType == PropertyType.LAND) {
                    c.require("landSurfaceM2", landSurfaceM2, "for LAND");
                }
            } else {
                c.require("surfaceM2", surfaceM2, "(the habitable surface in m²)");
            }
            if (propertyType.isHousing()) {
                checkEnergy(c);
            }
        }
        if (subcategory == Subcategory.RENT) {
            c.require("furnished", furnished, "for a rent");
            c.require("chargesCents", chargesCents, "for a rent (monthly charges included in the price)");
            c.require("chargesMode", chargesMode, "for a rent (PROVISION or FLAT_RATE)");
            if (chargesCents != null) {
                c.rule(chargesCents <= priceCents, "chargesCents",
                        "cannot exceed the rent, which includes them");
                if (depositCents != null && chargesCents <= priceCents) {
                    long monthsAllowed = Boolean.TRUE.equals(furnished) ? 2 : 1;
                    c.rule(depositCents <= monthsAllowed * (priceCents - chargesCents), "depositCents",
                            "cannot exceed " + monthsAllowed + " month" + (monthsAllowed > 1 ? "s" : "")
                                    + " of rent without charges (" + (Boolean.TRUE.equals(furnished) ? "furnished" : "unfurnished")
                                    + " letting)");
                }
            }
        } else {
            String onlyRent = "outside a rent (RENT)";
            c.forbid("chargesCents", chargesCents, onlyRent).forbid("chargesMode", chargesMode, onlyRent)
                    .forbid("depositCents", depositCents, onlyRent).forbid("furnished", furnished, onlyRent);
        }
        if (subcategory == Subcategory.VIAGER) {
            c.require("monthlyAnnuityCents", monthlyAnnuityCents, "for a viager (the monthly annuity)");
        } else {
            c.forbid("monthlyAnnuityCents", monthlyAnnuityCents, "outside a viager (VIAGER)")
                    .forbid("occupied", occupied, "outside a viager (VIAGER)");
        }
        if (subcategory != Subcategory.SALE) {
            String onlySale = "outside a sale (SALE)";
            c.forbid("coproprieteLots", coproprieteLots, onlySale)
                    .forbid("annualCoproprieteChargesCents", annualCoproprieteChargesCents, onlySale)
                    .forbid("coproprieteProceedings", coproprieteProceedings, onlySale);
        }
        return c.errors();
    }

    private void checkEnergy(Checks c) {
        String housing = "for housing (the DPE: A to G, or EXEMPT)";
        c.require("energyClass", energyClass, housing).require("ghgClass", ghgClass, housing);
        if (energyClass == null || ghgClass == null) {
            return;
        }
        boolean exempt = energyClass == EnergyClass.EXEMPT;
        c.rule(exempt == (ghgClass == EnergyClass.EXEMPT), exempt ? "ghgClass" : "energyClass",
                "EXEMPT applies to both classes or to neither");
        if (exempt) {
            return;
        }
        String estimate = "with an energy class (the DPE's yearly energy cost estimate)";
        c.require("annualEnergyCostMinCents", annualEnergyCostMinCents, estimate)
                .require("annualEnergyCostMaxCents", annualEnergyCostMaxCents, estimate)
                .require("energyPriceReferenceYear", energyPriceReferenceYear, estimate);
        if (annualEnergyCostMinCents != null && annualEnergyCostMaxCents != null) {
            c.rule(annualEnergyCostMinCents <= annualEnergyCostMaxCents, "annualEnergyCostMaxCents",
                    "must not be below annualEnergyCostMinCents");
        }
    }

    @Override
    public ListingAttributes normalized(Subcategory subcategory) {
        return this;
    }
}

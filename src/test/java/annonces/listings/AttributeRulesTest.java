package annonces.listings;

import annonces.system.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of {@link ListingAttributes#check}, without HTTP: one broken rule at a time. */
class AttributeRulesTest {

    private static RealEstateAttributes apartmentRent(Boolean furnished, Long deposit) {
        return new RealEstateAttributes(PropertyType.APARTMENT, 42, 2, null, furnished, EnergyClass.D, EnergyClass.C,
                98000L, 133000L, 2023, 5000L, ChargesMode.PROVISION, deposit, null, null, null, null, null);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteFurnishedRentPasses() {
        assertEquals(List.of(), apartmentRent(true, 120000L).check(Subcategory.RENT, 65000));
    }

    @Test
    void theDepositCapIsOneMonthWithoutChargesUnfurnishedAndTwoFurnished() {
        assertEquals(List.of(), apartmentRent(false, 60000L).check(Subcategory.RENT, 65000));
        assertEquals(List.of("depositCents"), fields(apartmentRent(false, 60001L).check(Subcategory.RENT, 65000)));
        assertEquals(List.of("depositCents"), fields(apartmentRent(true, 120001L).check(Subcategory.RENT, 65000)));
    }

    @Test
    void chargesCannotExceedTheRentThatIncludesThem() {
        assertTrue(fields(apartmentRent(true, null).check(Subcategory.RENT, 4000)).contains("chargesCents"));
    }

    @Test
    void rentOnlyMembersAreRefusedOnASale() {
        List<String> errors = fields(apartmentRent(true, 1000L).check(Subcategory.SALE, 20000000));
        assertTrue(errors.containsAll(List.of("chargesCents", "chargesMode", "depositCents", "furnished")), errors::toString);
    }

    @Test
    void landAndParkingTakeNoHabitableSurface() {
        RealEstateAttributes land = new RealEstateAttributes(PropertyType.LAND, null, null, 800, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of(), land.check(Subcategory.SALE, 4500000));

        RealEstateAttributes landWithoutSurface = new RealEstateAttributes(PropertyType.LAND, 100, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of("surfaceM2", "landSurfaceM2"), fields(landWithoutSurface.check(Subcategory.SALE, 4500000)));
    }

    @Test
    void exemptHousingNeedsNoCostEstimateButBothClassesExempt() {
        RealEstateAttributes exempt = new RealEstateAttributes(PropertyType.HOUSE, 95, null, null, null,
                EnergyClass.EXEMPT, EnergyClass.EXEMPT, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of(), exempt.check(Subcategory.SALE, 100));

        RealEstateAttributes half = new RealEstateAttributes(PropertyType.HOUSE, 95, null, null, null,
                EnergyClass.EXEMPT, EnergyClass.B, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of("ghgClass"), fields(half.check(Subcategory.SALE, 100)));
    }

    @Test
    void anEnergyCostRangeMustBeOrdered() {
        RealEstateAttributes reversed = new RealEstateAttributes(PropertyType.HOUSE, 95, null, null, null,
                EnergyClass.F, EnergyClass.F, 300000L, 200000L, 2023, null, null, null, null, null, null, null, null);
        assertEquals(List.of("annualEnergyCostMaxCents"), fields(reversed.check(Subcategory.SALE, 100)));
    }

    @Test
    void aVehicleNeedsItsIdentityAndPartsOnlyTheirCondition() {
        VehicleAttributes empty = new VehicleAttributes(null, null, null, null, null, null, null, null, null);
        assertEquals(List.of("brand", "model", "year", "mileageKm", "fuel"), fields(empty.check(Subcategory.CAR, 100)));
        assertEquals(List.of("condition"), fields(empty.check(Subcategory.PARTS, 100)));
    }

    @Test
    void aVehicleFromTheFutureIsRefused() {
        VehicleAttributes future = new VehicleAttributes("Renault", "Clio", java.time.Year.now().getValue() + 2,
                10, Fuel.PETROL, null, null, null, null);
        assertEquals(List.of("year"), fields(future.check(Subcategory.CAR, 100)));
    }

    @Test
    void theMileageIsGuaranteedByDefaultForVehiclesOnly() {
        VehicleAttributes car = new VehicleAttributes("Renault", "Clio", 2019, 10, Fuel.PETROL, null, null, null, null);
        assertEquals(Boolean.TRUE, ((VehicleAttributes) car.normalized(Subcategory.CAR)).mileageGuaranteed());
        VehicleAttributes parts = new VehicleAttributes(null, null, null, null, null, null, null, null, ItemCondition.GOOD);
        assertEquals(null, ((VehicleAttributes) parts.normalized(Subcategory.PARTS)).mileageGuaranteed());
    }

    @Test
    void goodsNeedTheirCondition() {
        assertEquals(List.of("condition"), fields(new GoodsAttributes(null).check(Subcategory.HOME, 100)));
        assertEquals(List.of(), new GoodsAttributes(ItemCondition.NEW).check(Subcategory.HOME, 0));
    }
}

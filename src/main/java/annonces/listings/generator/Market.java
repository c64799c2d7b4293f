package annonces.listings.generator;

import java.util.Map;

/**
 * What housing costs where: a price per m² from the commune's size and its department, the way notaries'
 * figures spread (a flat in Paris about 10,000 €/m², in a small town of the Creuse about 1,200). Rents
 * follow from it with the lower yields of dear places. Only orders of magnitude matter here.
 */
final class Market {

    /** Departments dearer than their towns' size says: Paris and its west, the Riviera, the Alps, big metropoles. */
    private static final Map<String, Double> DEPARTMENT_FACTORS = Map.ofEntries(
            Map.entry("75", 3.2), Map.entry("92", 2.0), Map.entry("94", 1.5), Map.entry("78", 1.5),
            Map.entry("06", 1.7), Map.entry("74", 1.6), Map.entry("2A", 1.4), Map.entry("2B", 1.3),
            Map.entry("69", 1.35), Map.entry("33", 1.3), Map.entry("64", 1.3), Map.entry("83", 1.35),
            Map.entry("13", 1.2), Map.entry("31", 1.15), Map.entry("44", 1.2), Map.entry("35", 1.15),
            Map.entry("34", 1.15), Map.entry("17", 1.15), Map.entry("85", 1.05), Map.entry("67", 1.1),
            Map.entry("91", 1.2), Map.entry("95", 1.2), Map.entry("77", 1.1), Map.entry("93", 1.3),
            Map.entry("73", 1.3), Map.entry("974", 1.1), Map.entry("971", 1.1), Map.entry("972", 1.1),
            Map.entry("23", 0.65), Map.entry("36", 0.7), Map.entry("58", 0.7), Map.entry("03", 0.75),
            Map.entry("52", 0.65), Map.entry("55", 0.7), Map.entry("08", 0.75), Map.entry("15", 0.75),
            Map.entry("18", 0.75), Map.entry("61", 0.8), Map.entry("43", 0.8), Map.entry("19", 0.8));

    private Market() {
    }

    /** Euros per m² of a flat or house in good condition. */
    static double salePerM2(Place place) {
        int population = place.population();
        double base = population >= 100_000 ? 3600 : population >= 30_000 ? 2800 : population >= 10_000 ? 2300
                : population >= 2_000 ? 1900 : 1550;
        return base * DEPARTMENT_FACTORS.getOrDefault(place.departmentCode(), 1.0);
    }

    /** Euros per m² and month, charges excluded: yields fall as prices rise, so Paris is 30, not 45. */
    static double rentPerM2(Place place) {
        return 5 + salePerM2(place) / 400;
    }

    /** Euros per m² of building land. */
    static double landPerM2(Place place) {
        return salePerM2(place) / 35;
    }

    static boolean rural(Place place) {
        return place.population() < 2_000;
    }
}

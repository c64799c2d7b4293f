package annonces.geo;

import java.util.List;

/**
 * A commune as the reference data knows it, for whoever needs more than one resolved
 * location: the population is there to weight generated data by where people live.
 * Paris, Lyon and Marseille appear as their arrondissements only (75101-75120,
 * 69381-69389, 13201-13216), so that populations add up without counting the city twice.
 *
 * @param postcodes  every postcode serving the commune, sorted, never empty
 * @param population INSEE "population municipale"; 0 where INSEE publishes none (Clipperton)
 */
public record Commune(String inseeCode, String name, List<String> postcodes,
                      String departmentCode, String regionCode, int population) {

    public Commune {
        postcodes = List.copyOf(postcodes);
        if (postcodes.isEmpty()) {
            throw new IllegalArgumentException("commune " + inseeCode + " has no postcode");
        }
    }

    /** The lowest of its postcodes: a reasonable single answer when any real one will do. */
    public String postcode() {
        return postcodes.get(0);
    }
}

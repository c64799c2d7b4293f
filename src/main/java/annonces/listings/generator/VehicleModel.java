package annonces.listings.generator;

import annonces.listings.Fuel;
import annonces.listings.Subcategory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A model as sold in France, with the years it was made, the fuels it was sold with and its price new.
 *
 * @param body        how sellers name the kind of vehicle in a title ("Camping-car", "Scooter"), or null
 * @param generations in order; a generation's label ("V" for the Clio of 2019) is empty when people use none
 */
record VehicleModel(Subcategory kind, String brand, String name, String body, int newPriceEuros, List<Fuel> fuels,
                    List<Generation> generations) {

    /** @param to the last year made, or 0 while still made */
    record Generation(String label, int from, int to) {

        boolean made(int year) {
            return year >= from && (to == 0 || year <= to);
        }
    }

    VehicleModel {
        fuels = List.copyOf(fuels);
        generations = List.copyOf(generations);
    }

    /**
     * @param fuels       space-separated {@link Fuel} names
     * @param generations "IV 2012-2019", "2019-" (no label, still made)
     */
    static VehicleModel of(Subcategory kind, String brand, String name, String body, int newPriceEuros,
                           String fuels, String... generations) {
        List<Generation> parsed = new ArrayList<>(generations.length);
        for (String spec : generations) {
            int space = spec.lastIndexOf(' ');
            String label = space < 0 ? "" : spec.substring(0, space);
            String[] years = spec.substring(space + 1).split("-", -1);
            parsed.add(new Generation(label, Integer.parseInt(years[0]), years[1].isEmpty() ? 0 : Integer.parseInt(years[1])));
        }
        return new VehicleModel(kind, brand, name, body, newPriceEuros,
                Arrays.stream(fuels.split(" ")).map(Fuel::valueOf).toList(), parsed);
    }

    int firstYear() {
        return generations.get(0).from();
    }

    int lastYear(int currentYear) {
        int to = generations.get(generations.size() - 1).to();
        return to == 0 ? currentYear : Math.min(to, currentYear);
    }

    /** The label of the generation made that year; the newer one in a year of change. */
    String generation(int year) {
        String label = "";
        for (Generation generation : generations) {
            if (generation.made(year)) {
                label = generation.label();
            }
        }
        return label;
    }

    /** "Clio V", "208": the name with its generation, as titles write it. */
    String nameIn(int year) {
        String generation = generation(year);
        return generation.isEmpty() ? name : name + " " + generation;
    }
}

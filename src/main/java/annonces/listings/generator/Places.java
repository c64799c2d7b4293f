package annonces.listings.generator;

import annonces.geo.Commune;
import annonces.geo.Communes;
import annonces.geo.Location;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where ads are, in proportion to where people live: a commune is drawn with a probability equal to its
 * share of the population (Paris 15e far more often than a hamlet of the Cantal), by binary search over the
 * running population totals. The same table, sorted by department, also draws a commune within one
 * department, for sellers who advertise around where they live.
 */
final class Places {

    private final Place[] places;
    /** {@code runningPopulation[i]} is the population of places 0 to i. */
    private final long[] runningPopulation;
    /** Department code to the range {@code [first, last + 1)} of its places. */
    private final Map<String, int[]> departments = new HashMap<>();

    Places(Communes communes) {
        List<Place> kept = new ArrayList<>(communes.communes().size());
        for (Commune commune : communes.communes()) {
            if (commune.population() == 0) {
                continue; // Clipperton and a few others: nobody lives there to post an ad
            }
            List<String> postcodes = postcodesLeadingBack(communes, commune);
            if (postcodes.isEmpty()) {
                continue;
            }
            Location location = communes.locationOf(commune);
            kept.add(new Place(commune.inseeCode(), location.city(), postcodes, location.department().code(),
                    location.region().code(), commune.population()));
        }
        kept.sort(Comparator.comparing(Place::departmentCode)); // stable: INSEE order within a department
        this.places = kept.toArray(new Place[0]);
        this.runningPopulation = new long[places.length];
        long total = 0;
        for (int i = 0; i < places.length; i++) {
            total += places[i].population();
            runningPopulation[i] = total;
            int index = i;
            departments.computeIfAbsent(places[i].departmentCode(), code -> new int[] {index, index})[1] = i + 1;
        }
    }

    /** Anywhere in France, weighted by population. */
    Place anywhere(Dice dice) {
        return draw(0, places.length, dice);
    }

    /** A commune of the same department as {@code home}, weighted by population (possibly {@code home}). */
    Place near(Place home, Dice dice) {
        int[] range = departments.get(home.departmentCode());
        return draw(range[0], range[1], dice);
    }

    int size() {
        return places.length;
    }

    long population() {
        return runningPopulation[runningPopulation.length - 1];
    }

    private Place draw(int from, int to, Dice dice) {
        long before = from == 0 ? 0 : runningPopulation[from - 1];
        long x = before + dice.below(runningPopulation[to - 1] - before);
        int low = from;
        int high = to - 1;
        // The first place whose running total exceeds x.
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (runningPopulation[middle] > x) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return places[low];
    }

    /**
     * A seller types a postcode and a city name; the service resolves the pair. Where two communes of the
     * same name share a postcode (Thièvres, on the Somme and Pas-de-Calais border), the pair leads to the
     * other one: such postcodes are left out, so that every stored place is the one the service would store.
     */
    private static List<String> postcodesLeadingBack(Communes communes, Commune commune) {
        List<String> kept = new ArrayList<>(commune.postcodes().size());
        for (String postcode : commune.postcodes()) {
            if (communes.resolve(postcode, commune.name()).inseeCode().equals(commune.inseeCode())) {
                kept.add(postcode);
            }
        }
        return kept;
    }
}

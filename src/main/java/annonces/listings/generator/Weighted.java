package annonces.listings.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A choice among values with relative weights: one draw is a binary search over the running totals, so
 * long tables (every model of car) cost no more than short ones. Immutable once built.
 */
final class Weighted<T> {

    private final List<T> values;
    private final double[] runningTotals;

    private Weighted(List<T> values, double[] runningTotals) {
        this.values = List.copyOf(values);
        this.runningTotals = runningTotals;
    }

    static <T> Weighted<T> of(T value, double weight) {
        return new Weighted<T>(List.of(), new double[0]).or(value, weight);
    }

    /** This choice with one more value; a weight of zero would make the value unreachable, so it is refused. */
    Weighted<T> or(T value, double weight) {
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight of " + value + " must be positive: " + weight);
        }
        List<T> more = new ArrayList<>(values);
        more.add(value);
        double[] totals = Arrays.copyOf(runningTotals, runningTotals.length + 1);
        totals[totals.length - 1] = total() + weight;
        return new Weighted<>(more, totals);
    }

    T pick(Dice dice) {
        double x = dice.unit() * total();
        int low = 0;
        int high = runningTotals.length - 1;
        // The first value whose running total exceeds x.
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (runningTotals[middle] > x) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return values.get(low);
    }

    List<T> values() {
        return values;
    }

    private double total() {
        return runningTotals.length == 0 ? 0 : runningTotals[runningTotals.length - 1];
    }
}

package annonces.moderation;

import annonces.listings.GoodsAttributes;
import annonces.listings.ItemCondition;
import annonces.listings.ListingAttributes;
import annonces.listings.RealEstateAttributes;
import annonces.listings.VehicleAttributes;
import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the typed attributes of two ads say about their being one item. Some attributes identify it: a car
 * does not change brand, model or year between two posts, nor a flat its number of rooms; two values there
 * are two items, a conflict, whatever the text says (the agency's template, the dealer's boilerplate). The
 * others only agree more or less.
 *
 * @param agreement 0 to 1: each attribute both ads give is a vote, 1 when they agree, 0 when not, with one
 *                  more vote of {@link #UNKNOWN}, so that a goods' condition alone (0.75 when equal) weighs
 *                  less than a car's brand, model, year, mileage and fuel together (0.92)
 * @param conflict  why the two cannot be one item, or null
 */
record KeyAttributes(double agreement, @Nullable String conflict) {

    /** Nothing to compare says nothing either way. */
    static final double UNKNOWN = 0.5;
    /** A repost may correct a mileage read a month later, or a surface measured again (Carrez or not). */
    static final double MILEAGE_TOLERANCE = 0.10;
    static final int MILEAGE_TOLERANCE_KM = 3_000;
    static final double SURFACE_TOLERANCE = 0.05;

    static KeyAttributes compare(@Nullable ListingAttributes a, @Nullable ListingAttributes b) {
        Tally tally = new Tally();
        if (a instanceof VehicleAttributes v && b instanceof VehicleAttributes w) {
            vehicles(v, w, tally);
        } else if (a instanceof RealEstateAttributes r && b instanceof RealEstateAttributes s) {
            realEstate(r, s, tally);
        } else if (a instanceof GoodsAttributes g && b instanceof GoodsAttributes h) {
            condition(g.condition(), h.condition(), tally);
        }
        return tally.result();
    }

    private static void vehicles(VehicleAttributes a, VehicleAttributes b, Tally tally) {
        if (a.brand() != null && b.brand() != null) {
            tally.identity(Objects.equals(squeezed(a.brand()), squeezed(b.brand())), "brand " + a.brand() + " against " + b.brand());
        }
        if (a.model() != null && b.model() != null) {
            model(a.model(), b.model(), tally);
        }
        if (a.year() != null && b.year() != null) {
            tally.identity(a.year().equals(b.year()), "year " + a.year() + " against " + b.year());
        }
        if (a.mileageKm() != null && b.mileageKm() != null) {
            int difference = Math.abs(a.mileageKm() - b.mileageKm());
            double tolerance = Math.max(MILEAGE_TOLERANCE * Math.max(a.mileageKm(), b.mileageKm()), MILEAGE_TOLERANCE_KM);
            if (difference > tolerance) {
                tally.conflict(a.mileageKm() + " km against " + b.mileageKm() + " km");
            } else {
                tally.agree(1 - 0.5 * difference / tolerance);
            }
        }
        if (a.fuel() != null && b.fuel() != null) {
            // Not an identity: sellers mix up HYBRID and PLUGIN_HYBRID from one post to the next.
            tally.agree(a.fuel() == b.fuel() ? 1 : 0);
        }
        condition(a.condition(), b.condition(), tally);
    }

    /**
     * Models are typed freely: "Corsa-e" and "Corsa e Elegance" are one model, "Classe A" and "Classe C" share
     * a word and may be one mistyped, "208" and "Clio" are two.
     */
    private static void model(String a, String b, Tally tally) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.containsAll(y) || y.containsAll(x)) {
            tally.agree(1);
        } else if (x.stream().anyMatch(y::contains)) {
            tally.agree(0.5);
        } else {
            tally.conflict("model " + a + " against " + b);
        }
    }

    private static void realEstate(RealEstateAttributes a, RealEstateAttributes b, Tally tally) {
        if (a.propertyType() != null && b.propertyType() != null) {
            tally.identity(a.propertyType() == b.propertyType(), a.propertyType() + " against " + b.propertyType());
        }
        if (a.rooms() != null && b.rooms() != null) {
            tally.identity(a.rooms().equals(b.rooms()), a.rooms() + " rooms against " + b.rooms());
        }
        surface(a.surfaceM2(), b.surfaceM2(), "m²", tally);
        surface(a.landSurfaceM2(), b.landSurfaceM2(), "m² of land", tally);
        if (a.furnished() != null && b.furnished() != null) {
            // Not an identity: one flat may honestly be offered furnished and unfurnished.
            tally.agree(a.furnished().equals(b.furnished()) ? 1 : 0);
        }
    }

    private static void surface(@Nullable Integer a, @Nullable Integer b, String unit, Tally tally) {
        if (a == null || b == null) {
            return;
        }
        double difference = Math.abs(a - b) / (double) Math.max(a, b);
        if (difference > SURFACE_TOLERANCE) {
            tally.conflict(a + " " + unit + " against " + b + " " + unit);
        } else {
            tally.agree(1 - 0.5 * difference / SURFACE_TOLERANCE);
        }
    }

    /** A seller's own judgement, coarse and revised between posts: it weighs, it never decides. */
    private static void condition(@Nullable ItemCondition a, @Nullable ItemCondition b, Tally tally) {
        if (a != null && b != null) {
            tally.agree(a == b ? 1 : 0);
        }
    }

    private static String squeezed(String text) {
        return Folded.of(text).replaceAll("[^a-z0-9]", "");
    }

    private static Set<String> words(String text) {
        return Arrays.stream(Folded.of(text).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty()).collect(Collectors.toCollection(HashSet::new));
    }

    private static final class Tally {
        private double sum;
        private int count;
        private String conflict;

        void agree(double agreement) {
            sum += agreement;
            count++;
        }

        void identity(boolean same, String otherwise) {
            if (same) {
                agree(1);
            } else {
                conflict(otherwise);
            }
        }

        void conflict(String why) {
            count++;
            if (conflict == null) {
                conflict = why;
            }
        }

        KeyAttributes result() {
            return new KeyAttributes((sum + UNKNOWN) / (count + 1), conflict);
        }
    }
}

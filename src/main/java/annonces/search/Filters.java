package annonces.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a search and its parameters, built together so that a value can only reach the SQL
 * as a bound parameter.
 */
final class Filters {

    /** What the public may see. One definition, shared by every public query. */
    static final String PUBLIC = "l.status = 'PUBLISHED'";
    static final String TEXT_QUERY = "websearch_to_tsquery('french_unaccent', ?)";

    private final StringBuilder sql = new StringBuilder(PUBLIC);
    private final List<Object> parameters = new ArrayList<>();

    Filters and(String clause, Object... values) {
        sql.append(" AND ").append(clause);
        parameters.addAll(List.of(values));
        return this;
    }

    Filters andIf(Object value, String clause) {
        return value == null ? this : and(clause, value);
    }

    String sql() {
        return sql.toString();
    }

    List<Object> parameters() {
        return parameters;
    }

    /** Every filter of the criteria except free text, which each query shape uses its own way. */
    static Filters of(SearchCriteria c) {
        Filters f = new Filters();
        f.andIf(c.category() == null ? null : c.category().name(), "l.category = ?");
        f.andIf(c.subcategory() == null ? null : c.subcategory().name(), "l.subcategory = ?");
        f.andIf(c.postcode(), "l.postcode = ?");
        f.andIf(c.department(), "l.department_code = ?");
        f.andIf(c.region(), "l.region_code = ?");
        f.andIf(c.sellerType() == null ? null : c.sellerType().name(), "l.seller_type = ?");
        f.andIf(c.minPriceCents(), "l.price_cents >= ?");
        f.andIf(c.maxPriceCents(), "l.price_cents <= ?");
        f.andIf(c.propertyType() == null ? null : c.propertyType().name(), "l.property_type = ?");
        f.andIf(c.minSurfaceM2(), "l.surface_m2 >= ?");
        f.andIf(c.minRooms(), "l.rooms >= ?");
        f.andIf(c.furnished(), "l.furnished = ?");
        if (c.maxEnergyClass() != null) {
            // Classes A..G compare as letters; EXEMPT housing has no class to compare.
            f.and("l.energy_class BETWEEN 'A' AND ?", c.maxEnergyClass().name());
        }
        f.andIf(c.brand(), "l.brand = ?");
        f.andIf(c.fuel() == null ? null : c.fuel().name(), "l.fuel = ?");
        f.andIf(c.gearbox() == null ? null : c.gearbox().name(), "l.gearbox = ?");
        f.andIf(c.minYear(), "l.vehicle_year >= ?");
        f.andIf(c.maxMileageKm(), "l.mileage_km <= ?");
        f.andIf(c.condition() == null ? null : c.condition().name(), "l.item_condition = ?");
        return f;
    }
}

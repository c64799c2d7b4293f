package annonces.search;

import annonces.accounts.SellerType;
import annonces.listings.Category;
import annonces.listings.EnergyClass;
import annonces.listings.Fuel;
import annonces.listings.Gearbox;
import annonces.listings.ItemCondition;
import annonces.listings.PropertyType;
import annonces.listings.Subcategory;
import annonces.system.FieldError;
import annonces.system.InvalidInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A search as the caller asked for it, every parameter checked: an unknown parameter, a value that is not
 * one of its kind, or a parameter given twice is a 400 that names it, never an ignored filter.
 */
record SearchCriteria(
        String q,
        Category category,
        Subcategory subcategory,
        String postcode,
        String department,
        String region,
        SellerType sellerType,
        Long minPriceCents,
        Long maxPriceCents,
        PropertyType propertyType,
        Integer minSurfaceM2,
        Integer minRooms,
        Boolean furnished,
        EnergyClass maxEnergyClass,
        String brand,
        Fuel fuel,
        Gearbox gearbox,
        Integer minYear,
        Integer maxMileageKm,
        ItemCondition condition,
        Sort sort,
        int limit,
        String cursor,
        boolean facets) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_QUERY_LENGTH = 200;

    static final Set<String> PARAMETERS = Set.of("q", "category", "subcategory", "postcode", "department", "region",
            "sellerType", "minPriceCents", "maxPriceCents", "propertyType", "minSurfaceM2", "minRooms", "furnished",
            "maxEnergyClass", "brand", "fuel", "gearbox", "minYear", "maxMileageKm", "condition", "sort", "limit",
            "cursor", "facets");

    /**
     * Whether the ads these filters keep can be read newest first from one index: no filter, one of category,
     * subcategory (with or without its category), department or region, or a category in a department.
     */
    boolean newestFirstByOneIndex() {
        List<Object> others = Arrays.asList(postcode, sellerType, minPriceCents, maxPriceCents, propertyType,
                minSurfaceM2, minRooms, furnished, maxEnergyClass, brand, fuel, gearbox, minYear, maxMileageKm,
                condition);
        if (others.stream().anyMatch(java.util.Objects::nonNull)) {
            return false;
        }
        int places = (department == null ? 0 : 1) + (region == null ? 0 : 1);
        int kinds = subcategory != null ? 1 : category != null ? 1 : 0;
        boolean categoryInDepartment = subcategory == null && category != null && department != null && region == null;
        return places + kinds <= 1 || categoryInDepartment;
    }

    static SearchCriteria parse(Map<String, List<String>> query) {
        Reader r = new Reader(query);
        String q = r.text("q", MAX_QUERY_LENGTH);
        Category category = r.choice("category", Category.class);
        Subcategory subcategory = r.choice("subcategory", Subcategory.class);
        if (category != null && subcategory != null && subcategory.category() != category) {
            r.errors.add(new FieldError("subcategory", subcategory + " is not a subcategory of " + category));
        }
        String postcode = r.matching("postcode", "\\d{5}", "must be 5 digits");
        String department = r.matching("department", "(?i)\\d{2,3}|2A|2B", "must be a department code (14, 2A, 974)");
        String region = r.matching("region", "\\d{2,3}", "must be a region code (28 for Normandie)");
        SellerType sellerType = r.choice("sellerType", SellerType.class);
        Long minPrice = r.wholeNumber("minPriceCents", 0, Long.MAX_VALUE);
        Long maxPrice = r.wholeNumber("maxPriceCents", 0, Long.MAX_VALUE);
        if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
            r.errors.add(new FieldError("maxPriceCents", "must not be below minPriceCents"));
        }
        PropertyType propertyType = r.choice("propertyType", PropertyType.class);
        Long minSurface = r.wholeNumber("minSurfaceM2", 0, 100_000_000);
        Long minRooms = r.wholeNumber("minRooms", 0, 100);
        Boolean furnished = r.bool("furnished");
        EnergyClass maxEnergy = r.choice("maxEnergyClass", EnergyClass.class);
        if (maxEnergy == EnergyClass.EXEMPT) {
            r.errors.add(new FieldError("maxEnergyClass", "must be a class A to G"));
        }
        String brand = r.text("brand", 40);
        Fuel fuel = r.choice("fuel", Fuel.class);
        Gearbox gearbox = r.choice("gearbox", Gearbox.class);
        Long minYear = r.wholeNumber("minYear", 1900, 2100);
        Long maxMileage = r.wholeNumber("maxMileageKm", 0, 10_000_000);
        ItemCondition condition = r.choice("condition", ItemCondition.class);
        String sortName = r.text("sort", 20);
        Sort sort = q == null ? Sort.NEWEST : Sort.RELEVANCE;
        if (sortName != null) {
            sort = Arrays.stream(Sort.values()).filter(s -> s.parameterValue().equals(sortName)).findFirst().orElse(null);
            if (sort == null) {
                r.errors.add(new FieldError("sort", "must be one of relevance, newest, price_asc, price_desc"));
            } else if (sort == Sort.RELEVANCE && q == null) {
                r.errors.add(new FieldError("sort", "relevance needs free text (q)"));
            }
        }
        Long limit = r.wholeNumber("limit", 1, MAX_LIMIT);
        String cursor = r.text("cursor", 1000);
        Boolean facets = r.bool("facets");
        if (!r.errors.isEmpty()) {
            throw new InvalidInputException(r.errors);
        }
        return new SearchCriteria(q, category, subcategory, postcode,
                department == null ? null : department.toUpperCase(Locale.ROOT), region, sellerType, minPrice, maxPrice,
                propertyType, toInt(minSurface), toInt(minRooms), furnished,
                maxEnergy, brand == null ? null : brand.toLowerCase(Locale.ROOT), fuel, gearbox, toInt(minYear),
                toInt(maxMileage), condition, sort, limit == null ? DEFAULT_LIMIT : limit.intValue(), cursor,
                Boolean.TRUE.equals(facets));
    }

    /** The filters alone, as text: a cursor carries their digest, so it cannot be replayed on another search. */
    String filterKey() {
        return String.join("|", String.valueOf(q), String.valueOf(category), String.valueOf(subcategory),
                String.valueOf(postcode), String.valueOf(department), String.valueOf(region), String.valueOf(sellerType),
                String.valueOf(minPriceCents), String.valueOf(maxPriceCents), String.valueOf(propertyType),
                String.valueOf(minSurfaceM2), String.valueOf(minRooms), String.valueOf(furnished),
                String.valueOf(maxEnergyClass), String.valueOf(brand), String.valueOf(fuel), String.valueOf(gearbox),
                String.valueOf(minYear), String.valueOf(maxMileageKm), String.valueOf(condition), sort.name());
    }

    /** Everything that makes the answer: two searches with the same key get the same bytes. */
    String answerKey() {
        return filterKey() + "|" + limit + "|" + facets + "|" + cursor;
    }

    private static Integer toInt(Long value) {
        return value == null ? null : value.intValue();
    }

    /** Reads one query parameter at a time, collecting every problem. */
    private static final class Reader {
        final List<FieldError> errors = new ArrayList<>();
        private final Map<String, List<String>> query;

        Reader(Map<String, List<String>> query) {
            this.query = query;
            for (String name : query.keySet()) {
                if (!PARAMETERS.contains(name)) {
                    errors.add(new FieldError(name, "is not a search parameter (known: "
                            + PARAMETERS.stream().sorted().collect(Collectors.joining(", ")) + ")"));
                }
            }
        }

        String raw(String name) {
            List<String> values = query.get(name);
            if (values == null || values.isEmpty()) {
                return null;
            }
            if (values.size() > 1) {
                errors.add(new FieldError(name, "is given " + values.size() + " times; give it once"));
                return null;
            }
            String value = values.get(0).strip();
            return value.isEmpty() ? null : value;
        }

        String text(String name, int maxLength) {
            String value = raw(name);
            if (value != null && value.length() > maxLength) {
                errors.add(new FieldError(name, "must be at most " + maxLength + " characters"));
                return null;
            }
            if (value != null && value.chars().anyMatch(c -> c < 0x20)) {
                errors.add(new FieldError(name, "must not contain control characters"));
                return null;
            }
            return value;
        }

        String matching(String name, String regex, String message) {
            String value = raw(name);
            if (value != null && !value.matches(regex)) {
                errors.add(new FieldError(name, message));
                return null;
            }
            return value;
        }

        Long wholeNumber(String name, long min, long max) {
            String value = raw(name);
            if (value == null) {
                return null;
            }
            try {
                long number = Long.parseLong(value);
                if (number < min || number > max) {
                    errors.add(new FieldError(name, "must be between " + min + " and " + max));
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                errors.add(new FieldError(name, "must be a whole number"));
                return null;
            }
        }

        Boolean bool(String name) {
            String value = raw(name);
            if (value == null) {
                return null;
            }
            if (!value.equals("true") && !value.equals("false")) {
                errors.add(new FieldError(name, "must be true or false"));
                return null;
            }
            return Boolean.valueOf(value);
        }

        <E extends Enum<E>> E choice(String name, Class<E> type) {
            String value = raw(name);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", "))));
                return null;
            }
        }
    }
}

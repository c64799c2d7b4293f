package annonces.embed;

import annonces.geo.Communes;
import annonces.listings.Category;
import annonces.system.FieldError;
import annonces.system.InvalidInputException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a news site asks of the block. Every parameter is checked, as in search: an unknown one, a value
 * that is not of its kind, a place that does not exist or a parameter given twice is a 400 naming it.
 *
 * @param categories  the sections to show; shown in the news site's order whatever the order asked
 * @param perCategory how many ads per section (1 to 12, default 4)
 */
record WidgetQuery(Set<Category> categories, int perCategory, String region, String department, String postcode) {

    static final int DEFAULT_PER_CATEGORY = 4;
    static final int MAX_PER_CATEGORY = 12;
    static final Set<String> PARAMETERS = Set.of("categories", "perCategory", "region", "department", "postcode");

    static WidgetQuery parse(Map<String, List<String>> query, Communes communes) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> p : query.entrySet()) {
            if (!PARAMETERS.contains(p.getKey())) {
                errors.add(new FieldError(p.getKey(), "unknown parameter; the block takes " + String.join(", ",
                        List.of("categories", "perCategory", "region", "department", "postcode"))));
            } else if (p.getValue().size() > 1) {
                errors.add(new FieldError(p.getKey(), "given more than once"));
            }
        }
        Set<Category> categories = EnumSet.allOf(Category.class);
        String asked = single(query, "categories");
        if (asked != null) {
            categories = EnumSet.noneOf(Category.class);
            for (String name : asked.split(",")) {
                try {
                    categories.add(Category.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("categories", quoted(name)
                            + " is not a category (REAL_ESTATE, VEHICLES, GOODS; comma-separated)"));
                }
            }
        }
        int perCategory = DEFAULT_PER_CATEGORY;
        String per = single(query, "perCategory");
        if (per != null) {
            try {
                perCategory = Integer.parseInt(per.strip());
            } catch (NumberFormatException e) {
                perCategory = -1;
            }
            if (perCategory < 1 || perCategory > MAX_PER_CATEGORY) {
                errors.add(new FieldError("perCategory", "must be a whole number from 1 to " + MAX_PER_CATEGORY));
            }
        }
        String region = single(query, "region");
        if (region != null && communes.region(region).isEmpty()) {
            errors.add(new FieldError("region", quoted(region) + " is not a region code (Normandie is 28)"));
        }
        String department = single(query, "department");
        if (department != null) {
            department = department.toUpperCase(Locale.ROOT);
            if (communes.department(department).isEmpty()) {
                errors.add(new FieldError("department", quoted(department) + " is not a department code (14, 2A, 974)"));
            }
        }
        String postcode = single(query, "postcode");
        if (postcode != null && !communes.isPostcode(postcode)) {
            errors.add(new FieldError("postcode", quoted(postcode) + " is not a French postcode"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new WidgetQuery(categories, perCategory, region, department, postcode);
    }

    /** The same block asked in another spelling has the same key, so it is rendered and cached once. */
    String key() {
        return categories + "|" + perCategory + "|" + region + "|" + department + "|" + postcode;
    }

    private static String single(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).strip();
    }

    private static String quoted(String value) {
        String v = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "\"" + v + "\"";
    }
}

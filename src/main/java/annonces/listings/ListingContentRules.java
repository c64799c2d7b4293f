package annonces.listings;

import annonces.geo.Communes;
import annonces.geo.Location;
import annonces.system.ConstraintErrors;
import annonces.system.FieldError;
import annonces.system.InvalidInputException;
import annonces.system.JsonInputErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;

/**
 * Every rule an ad's content must meet, checked in one pass so that the answer lists all that is wrong:
 * category and subcategory, text, the price rule, the place, and the attributes of the category.
 */
@Singleton
class ListingContentRules {

    /** A billion euros: beyond any ad, short of any overflow. */
    static final long PRICE_MAX_CENTS = 100_000_000_000L;

    private final ObjectMapper json;
    private final Validator validator;
    private final Communes communes;

    ListingContentRules(ObjectMapper json, Validator validator, Communes communes) {
        this.json = json;
        this.validator = validator;
        this.communes = communes;
    }

    ListingContent validate(ListingDraft draft) {
        return validate(draft, false);
    }

    /**
     * @param priceMayBeMissing true only for seed ads loaded as PENDING: a vehicle shown at 0 € on the news
     *                          page waits for its seller's price instead of breaking the rule
     */
    ListingContent validate(ListingDraft draft, boolean priceMayBeMissing) {
        List<FieldError> errors = new ArrayList<>();
        Category category = draft.category();
        Subcategory subcategory = draft.subcategory();
        if (category == null) {
            errors.add(new FieldError("category", "is required (REAL_ESTATE, VEHICLES or GOODS)"));
        }
        if (subcategory == null) {
            errors.add(new FieldError("subcategory", "is required"));
        } else if (category != null && subcategory.category() != category) {
            errors.add(new FieldError("subcategory", "must be one of " + Subcategory.of(category) + " for " + category));
        }
        String title = ListingText.title(draft.title(), errors);
        String description = ListingText.description(draft.description(), errors);
        Long price = draft.priceCents();
        if (price == null || (price == 0 && category != Category.GOODS && !priceMayBeMissing)) {
            errors.add(new FieldError("priceCents", "price is required" + (price == null ? ""
                    : ": 0 (a gift) is only for GOODS")));
        } else if (price < 0 || price > PRICE_MAX_CENTS) {
            errors.add(new FieldError("priceCents", "must be between 0 and " + PRICE_MAX_CENTS + " cents"));
        }
        Location location = resolve(draft.location(), errors);
        ListingAttributes attributes = null;
        if (draft.attributes() == null) {
            errors.add(new FieldError("attributes", "is required"));
        } else if (category != null) {
            attributes = bind(category, draft.attributes(), errors);
            if (attributes != null && subcategory != null && subcategory.category() == category) {
                long priceForRules = price == null ? 0 : price;
                attributes.check(subcategory, priceForRules)
                        .forEach(e -> errors.add(new FieldError("attributes." + e.field(), e.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ListingContent(category, subcategory, title, description, price, location,
                attributes.normalized(subcategory));
    }

    private Location resolve(PlaceInput place, List<FieldError> errors) {
        if (place == null) {
            errors.add(new FieldError("location", "is required ({\"postcode\": \"07690\", \"city\": \"Villevocance\"})"));
            return null;
        }
        if (place.postcode() == null || place.postcode().isBlank()) {
            errors.add(new FieldError("location.postcode", "is required"));
            return null;
        }
        try {
            return communes.resolve(place.postcode(), place.city());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private ListingAttributes bind(Category category, ObjectNode node, List<FieldError> errors) {
        ListingAttributes attributes;
        try {
            attributes = json.treeToValue(node, category.attributesType());
        } catch (JsonProcessingException e) {
            errors.add(JsonInputErrors.describeNested(e, "attributes"));
            return null;
        }
        var violations = validator.validate(attributes);
        if (!violations.isEmpty()) {
            errors.addAll(ConstraintErrors.fieldErrors(violations, "attributes"));
            return null;
        }
        return attributes;
    }
}

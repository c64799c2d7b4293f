package annonces.listings.generator;

import annonces.geo.Communes;
import annonces.geo.Location;
import annonces.listings.ListingAttributes;
import annonces.listings.ListingDraft;
import annonces.system.InvalidInputException;
import annonces.system.JsonSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.validation.validator.Validator;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * The service's own content rules, {@code annonces.listings.ListingContentRules}, the ones every created or
 * edited ad goes through, built without an application context. They are package-private to
 * {@code listings} by design and this test must not widen them, so they are reached by reflection: if they
 * are renamed, this fails loudly rather than letting the generator drift from the rules unnoticed.
 */
final class ServiceRules {

    /** What the service would store for a draft: folded text, the resolved place, normalized attributes. */
    record Accepted(String title, String description, long priceCents, Location location,
                    ListingAttributes attributes) {
    }

    private final Object rules;
    private final Method validate;

    ServiceRules(Communes communes) throws ReflectiveOperationException {
        Class<?> type = Class.forName("annonces.listings.ListingContentRules");
        Constructor<?> constructor = type.getDeclaredConstructor(ObjectMapper.class, jakarta.validation.Validator.class,
                Communes.class);
        constructor.setAccessible(true);
        this.rules = constructor.newInstance(JsonSettings.configure(new ObjectMapper()), Validator.getInstance(),
                communes);
        this.validate = type.getDeclaredMethod("validate", ListingDraft.class);
        validate.setAccessible(true);
    }

    /** @throws InvalidInputException listing every rule the draft breaks, as the API would answer 400 */
    Accepted accept(ListingDraft draft) throws ReflectiveOperationException {
        Object content;
        try {
            content = validate.invoke(rules, draft);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw e;
        }
        Map<String, Object> values = new HashMap<>();
        for (RecordComponent component : content.getClass().getRecordComponents()) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            values.put(component.getName(), accessor.invoke(content));
        }
        return new Accepted((String) values.get("title"), (String) values.get("description"),
                (Long) values.get("priceCents"), (Location) values.get("location"),
                (ListingAttributes) values.get("attributes"));
    }
}

package annonces.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns Jackson's binding failures into field errors a caller can act on: which member, and what
 * was wrong with it. Jackson knows the path; its messages speak Java, ours speak JSON.
 */
public final class JsonInputErrors {

    /** Members the service owns; sending them is refused by name rather than as "unknown". */
    private static final Set<String> SERVER_MANAGED = Set.of("id", "status", "sellerId", "createdAt",
            "updatedAt", "publishedAt", "expiresAt", "version", "moderation", "roles", "inseeCode",
            "department", "region", "photos");

    private JsonInputErrors() {
    }

    public static FieldError describe(JsonProcessingException exception) {
        return describe(exception, true);
    }

    /** For a value bound on its own (an ad's attributes), whose members are never the service's. */
    public static FieldError describeNested(JsonProcessingException exception, String prefix) {
        FieldError error = describe(exception, false);
        return new FieldError(error.field() == null ? prefix : prefix + "." + error.field(), error.message());
    }

    private static FieldError describe(JsonProcessingException exception, boolean topLevel) {
        if (!(exception instanceof JsonMappingException mapping)) {
            String original = exception.getOriginalMessage();
            return new FieldError(null, "The body is not valid JSON: " + firstLine(original));
        }
        String path = path(mapping);
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            String name = unknown.getPropertyName();
            String message = topLevel && SERVER_MANAGED.contains(name)
                    ? "is set by the service and cannot be sent"
                    : "is not a known member" + known(unknown.getKnownPropertyIds());
            return new FieldError(path, message);
        }
        if (mapping instanceof InvalidNullException) {
            return new FieldError(path, "must not be null");
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return new FieldError(path, "must be one of " + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (mapping instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return new FieldError(path, instantiation.getCause().getMessage());
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldError(path, "must be " + kind(mismatch.getTargetType()));
        }
        return new FieldError(path, firstLine(mapping.getOriginalMessage()));
    }

    /** A member outside {@code known}: refused by name, with what is accepted. */
    public static FieldError unknownMember(String name, Collection<String> known) {
        return new FieldError(name, SERVER_MANAGED.contains(name)
                ? "is set by the service and cannot be sent"
                : "is not a known member" + known(new java.util.ArrayList<>(known)));
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        return " (expected one of " + ids.stream().map(Object::toString).sorted()
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String kind(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }
}

package annonces.listings;

import annonces.system.FieldError;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of an ad, so that a caller fixes them all in one round trip. */
final class Checks {

    private final List<FieldError> errors = new ArrayList<>();

    Checks require(String field, Object value, String when) {
        if (value == null) {
            errors.add(new FieldError(field, "is required " + when));
        }
        return this;
    }

    Checks forbid(String field, Object value, String when) {
        if (value != null) {
            errors.add(new FieldError(field, "is not allowed " + when));
        }
        return this;
    }

    Checks rule(boolean holds, String field, String message) {
        if (!holds) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    List<FieldError> errors() {
        return errors;
    }
}

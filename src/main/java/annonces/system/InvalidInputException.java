package annonces.system;

import java.util.List;

/**
 * Input that is well-formed JSON but breaks a rule of the domain. Mapped once, in
 * {@link ProblemResponses}, to a 400 problem document listing each offending field.
 */
public class InvalidInputException extends ServiceException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}

package annonces.system;

/** One offending member of a request, named by its JSON path (`location.postcode`). */
public record FieldError(String field, String message) {
}

package annonces.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures as field errors named the way the caller wrote them: {@code location.postcode},
 * not {@code create.draft.location.postcode}.
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintErrors implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> problems;

    ConstraintErrors(ErrorResponseProcessor<?> problems) {
        this.problems = problems;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface's own signature
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        ErrorContext.Builder context = ErrorContext.builder(request).cause(exception);
        fieldErrors(exception.getConstraintViolations(), null).forEach(
                e -> context.error(ProblemResponses.fieldError(e.field(), e.message())));
        return problems.processResponse(context.build(), HttpResponse.badRequest());
    }

    /**
     * @param prefix prepended to each path (e.g. {@code attributes}) when validating a nested value on its own
     */
    public static List<FieldError> fieldErrors(java.util.Set<? extends ConstraintViolation<?>> violations, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            errors.add(new FieldError(path(violation.getPropertyPath(), prefix), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder())));
        return errors;
    }

    private static String path(Path propertyPath, String prefix) {
        List<Path.Node> nodes = new ArrayList<>();
        propertyPath.forEach(nodes::add);
        // Executable validation starts with the method and the parameter; a bean parameter's own name is noise.
        int start = 0;
        if (!nodes.isEmpty() && nodes.get(0).getKind() == jakarta.validation.ElementKind.METHOD) {
            start = 1;
            if (nodes.size() > 2 && nodes.get(1).getKind() == jakarta.validation.ElementKind.PARAMETER) {
                start = 2;
            }
        }
        StringBuilder path = new StringBuilder(prefix == null ? "" : prefix);
        for (Path.Node node : nodes.subList(start, nodes.size())) {
            if (node.getName() == null || node.getName().isEmpty()) {
                continue;
            }
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(node.getName());
        }
        return path.toString();
    }
}

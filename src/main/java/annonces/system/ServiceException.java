package annonces.system;

/**
 * The few ways a use case can refuse a request. Services throw these; {@link ServiceExceptionHandler}
 * is the one place that turns them into HTTP statuses, so no HTTP type leaks into the domain.
 */
public abstract class ServiceException extends RuntimeException {
    protected ServiceException(String message) {
        super(message);
    }
}

package annonces.system;

/** A client over its allowance: 429, with how long to wait in {@code Retry-After}. */
public class TooManyRequestsException extends ServiceException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

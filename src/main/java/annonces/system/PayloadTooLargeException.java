package annonces.system;

/** A body over a size the service sets for it: 413, with the rule in the message. */
public class PayloadTooLargeException extends ServiceException {
    public PayloadTooLargeException(String message) {
        super(message);
    }
}

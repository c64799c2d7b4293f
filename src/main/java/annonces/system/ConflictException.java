package annonces.system;

/** A request that contradicts the current state (a taken e-mail, an illegal transition): 409. */
public class ConflictException extends ServiceException {
    public ConflictException(String message) {
        super(message);
    }
}

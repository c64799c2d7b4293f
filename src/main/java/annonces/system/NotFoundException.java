package annonces.system;

/** Something unknown, or that the caller may not see: answered 404 without revealing which. */
public class NotFoundException extends ServiceException {
    public NotFoundException(String message) {
        super(message);
    }
}

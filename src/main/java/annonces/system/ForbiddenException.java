package annonces.system;

/** An authenticated caller asking for something its role does not allow: 403. */
public class ForbiddenException extends ServiceException {
    public ForbiddenException(String message) {
        super(message);
    }
}

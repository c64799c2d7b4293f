package annonces.system;

/** A body whose content (not only its declared type) is of a kind the service does not take: 415. */
public class UnsupportedMediaException extends ServiceException {
    public UnsupportedMediaException(String message) {
        super(message);
    }
}

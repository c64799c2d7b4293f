package annonces.system;

/** An {@code If-Match} that names an older version than the stored one: 412. */
public class StaleVersionException extends ServiceException {
    public StaleVersionException(String message) {
        super(message);
    }
}

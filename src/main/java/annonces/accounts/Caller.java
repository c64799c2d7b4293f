package annonces.accounts;

import io.micronaut.security.authentication.Authentication;

import java.util.UUID;

/** Who is calling, as the rest of the service needs to know it: an account id and whether it is an admin. */
public record Caller(UUID accountId, boolean admin) {

    static final String ACCOUNT_ID_CLAIM = "accountId";

    public static Caller of(Authentication authentication) {
        Object id = authentication.getAttributes().get(ACCOUNT_ID_CLAIM);
        if (id == null) {
            throw new IllegalStateException("token without " + ACCOUNT_ID_CLAIM + " claim");
        }
        return new Caller(UUID.fromString(id.toString()), authentication.getRoles().contains(Role.ADMIN.name()));
    }
}

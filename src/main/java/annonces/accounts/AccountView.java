package annonces.accounts;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as its owner (and admins) see it: never the password hash. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountView(
        UUID id,
        String email,
        String displayName,
        String phone,
        SellerType sellerType,
        ProIdentity pro,
        List<Role> roles,
        AccountStatus status,
        Instant createdAt) {

    static AccountView from(Account a) {
        ProIdentity pro = a.sellerType() == SellerType.PRO
                ? new ProIdentity(a.proLegalName(), a.proSiren(), a.proAddress(), a.proPhone())
                : null;
        return new AccountView(a.id(), a.email(), a.displayName(), a.phone(), a.sellerType(), pro,
                List.of(a.role()), a.status(), a.createdAt());
    }
}

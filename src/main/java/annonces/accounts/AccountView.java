package annonces.accounts;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An account as its owner (and admins) see it: never the password hash.
 *
 * @param emailVerified      whether the holder confirmed the address (ads wait as DRAFT until then, where
 *                           verification is required)
 * @param pendingEmail       a new address asked for and not confirmed yet; the login stays {@code email} until then
 * @param emailNotifications message digests and expiry reminders by mail (transactional mail always goes)
 * @param showPhone          whether the phone may be shown on the ad pages, behind "Voir le numéro"
 */
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
        boolean emailVerified,
        String pendingEmail,
        boolean emailNotifications,
        boolean showPhone,
        Instant createdAt) {

    static AccountView from(Account a) {
        ProIdentity pro = a.sellerType() == SellerType.PRO
                ? new ProIdentity(a.proLegalName(), a.proSiren(), a.proAddress(), a.proPhone())
                : null;
        return new AccountView(a.id(), a.email(), a.displayName(), a.phone(), a.sellerType(), pro,
                List.of(a.role()), a.status(), a.emailVerified(), a.pendingEmail(), a.emailNotifications(),
                a.showPhone(), a.createdAt());
    }
}

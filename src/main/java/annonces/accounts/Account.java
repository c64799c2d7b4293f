package annonces.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code account}. Never bound from or written to JSON as is: see {@link AccountView}. */
@MappedEntity("account")
public record Account(
        @Id UUID id,
        String email,
        String passwordHash,
        String displayName,
        @Nullable String phone,
        SellerType sellerType,
        @Nullable String proLegalName,
        @Nullable String proSiren,
        @Nullable String proAddress,
        @Nullable String proPhone,
        Role role,
        AccountStatus status,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant emailVerifiedAt,
        @Nullable String pendingEmail,
        boolean emailNotifications,
        boolean showPhone,
        @Nullable Instant erasedAt) {

    /** A new account, active, its address not verified yet. */
    static Account create(String email, String passwordHash, String displayName, @Nullable String phone,
                          SellerType type, @Nullable ProIdentity pro, Role role, Instant now) {
        return new Account(UUID.randomUUID(), email, passwordHash, displayName, phone, type,
                pro == null ? null : pro.legalName().strip(), pro == null ? null : pro.siren(),
                pro == null ? null : pro.address().strip(), pro == null ? null : pro.phone(),
                role, AccountStatus.ACTIVE, now, now, null, null, true, false, null);
    }

    public boolean active() {
        return status == AccountStatus.ACTIVE;
    }

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    Account withStatus(AccountStatus next, Instant now) {
        return new Account(id, email, passwordHash, displayName, phone, sellerType, proLegalName, proSiren, proAddress,
                proPhone, role, next, createdAt, now, emailVerifiedAt, pendingEmail, emailNotifications, showPhone,
                erasedAt);
    }

    Account withPassword(String hash, Instant now) {
        return new Account(id, email, hash, displayName, phone, sellerType, proLegalName, proSiren, proAddress,
                proPhone, role, status, createdAt, now, emailVerifiedAt, pendingEmail, emailNotifications, showPhone,
                erasedAt);
    }

    /** {@code address} confirmed: it becomes the account's e-mail (a pending change is done). */
    Account verified(String address, Instant now) {
        boolean change = pendingEmail != null && pendingEmail.equalsIgnoreCase(address);
        return new Account(id, change ? pendingEmail : email, passwordHash, displayName, phone, sellerType,
                proLegalName, proSiren, proAddress, proPhone, role, status, createdAt, now, now,
                change ? null : pendingEmail, emailNotifications, showPhone, erasedAt);
    }

    Account withProfile(String name, @Nullable String newPhone, @Nullable String newPendingEmail, boolean notifications,
                        boolean phoneShown, Instant now) {
        return new Account(id, email, passwordHash, name, newPhone, sellerType, proLegalName, proSiren, proAddress,
                proPhone, role, status, createdAt, now, emailVerifiedAt, newPendingEmail, notifications, phoneShown,
                erasedAt);
    }

    /**
     * What is left of an erased account: its id (the ads' and the audit trail's references), its role and type,
     * and no personal data. The e-mail becomes an address that cannot exist, which frees the real one.
     */
    Account erased(String unusableHash, Instant now) {
        boolean pro = sellerType == SellerType.PRO;
        return new Account(id, "erased-" + id + "@invalid", unusableHash, "Compte supprimé", null, sellerType,
                pro ? "Compte supprimé" : null, null, null, null, role, AccountStatus.ERASED, createdAt, now, null,
                null, false, false, now);
    }
}

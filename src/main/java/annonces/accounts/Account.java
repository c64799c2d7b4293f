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
        Instant updatedAt) {

    public boolean active() {
        return status == AccountStatus.ACTIVE;
    }
}

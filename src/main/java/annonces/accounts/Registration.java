package annonces.accounts;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/accounts}: a new seller. */
@Introspected
public record Registration(
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Size(min = 10, max = 256, message = "must be between 10 and 256 characters") String password,
        @NotBlank @Size(max = 80) String displayName,
        @Nullable @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
        @Nullable SellerType sellerType,
        @Nullable @Valid ProIdentity pro) {

    /** French (0X XX XX XX XX) or international (+CC ...) numbers, with usual separators. */
    static final String PHONE = "^\\+?[0-9][0-9 .\\-()]{5,22}$";

    SellerType sellerTypeOrDefault() {
        return sellerType == null ? SellerType.PRIVATE : sellerType;
    }
}

package annonces.accounts;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code PATCH /api/v1/me}: what the holder may change (a merge patch: absent members stay, {@code phone: null}
 * removes the phone). The seller type, the trader identity and the role are not among them.
 */
@Introspected
record ProfilePatch(
        @Nullable @Size(max = 80) @Pattern(regexp = VISIBLE, message = "must not be blank nor hold control characters")
        String displayName,
        @Nullable @Pattern(regexp = Registration.PHONE, message = "must be a phone number") String phone,
        @Nullable @Email @Size(min = 3, max = 254) String email,
        @Nullable Boolean emailNotifications,
        @Nullable Boolean showPhone) {

    /** Some character that is not white space, and no control character. */
    static final String VISIBLE = "^[^\\p{Cc}]*\\S[^\\p{Cc}]*$";
}

package annonces.accounts;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request bodies of the links sent by mail: verification and password reset. */
final class LinkRequests {

    private LinkRequests() {
    }

    /** {@code POST /api/v1/accounts/email-verification}: the token of the link. */
    @Introspected
    record Verification(@NotBlank @Size(max = 200) String token) {
    }

    /** {@code POST /api/v1/accounts/password-reset}: where to send the link. */
    @Introspected
    record ResetAsked(@NotBlank @Email @Size(max = 254) String email) {
    }

    /** {@code POST /api/v1/accounts/password-reset/confirm}: the link's token and the new password. */
    @Introspected
    record NewPassword(
            @NotBlank @Size(max = 200) String token,
            @NotNull @Size(min = 10, max = 256, message = "must be between 10 and 256 characters") String password) {
    }
}

package annonces.accounts;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The trader identity a professional seller must show (EU Digital Services Act, art. 30). */
@Introspected
public record ProIdentity(
        @NotBlank @Size(max = 200) String legalName,
        @NotBlank @Pattern(regexp = "\\d{9}", message = "must be 9 digits") String siren,
        @NotBlank @Size(max = 300) String address,
        @NotBlank @Pattern(regexp = Registration.PHONE, message = "must be a phone number") String phone) {
}

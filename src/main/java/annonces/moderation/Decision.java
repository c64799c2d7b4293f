package annonces.moderation;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A rejection or suspension: the statement of reasons (EU Digital Services Act, art. 17) that the seller
 * will read, so it is required and meant for a person.
 */
@Introspected
record Decision(@NotBlank @Size(min = 10, max = 2000, message = "must be a statement of reasons of 10 to 2000 characters")
                String reason) {
}

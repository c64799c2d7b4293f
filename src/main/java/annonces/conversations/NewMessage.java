package annonces.conversations;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A message to write: plain text, 1 to 2,000 characters once line breaks are folded and the ends stripped. */
@Introspected
record NewMessage(@NotNull @Size(max = 4000, message = "must be at most 2000 characters") String message) {
}

package annonces.moderation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/listings/{id}/reports}: a notice in the shape of the EU Digital Services Act
 * (art. 16): why, an explanation, optionally who (an e-mail to be told of the decision), and a statement that
 * it is made in good faith.
 */
@Introspected
record Notice(
        @NotNull ReportReason reason,
        @Nullable @Size(max = 2000) String explanation,
        @Nullable @Email @Size(max = 254) String reporterEmail,
        @Nullable Boolean goodFaith) {
}

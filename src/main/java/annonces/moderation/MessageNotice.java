package annonces.moderation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/messages/{id}/reports}: the notice of an ad report (EU Digital Services Act, art. 16)
 * about a message, by the participant who received it; the reporter is the account, so no e-mail is asked.
 */
@Introspected
record MessageNotice(
        @NotNull ReportReason reason,
        @Nullable @Size(max = 2000) String explanation,
        @Nullable Boolean goodFaith) {
}

package annonces.moderation;

import annonces.conversations.Conversations;
import annonces.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What moderators see of conversations: flagged messages, and the reports about messages. */
@Controller("/api/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Moderation")
class AdminMessageController {

    private final Conversations conversations;
    private final MessageReportRepository reports;
    private final Clock clock;

    AdminMessageController(Conversations conversations, MessageReportRepository reports, Clock clock) {
        this.conversations = conversations;
        this.reports = reports;
        this.clock = clock;
    }

    /** A page of flagged messages. */
    record FlaggedPage(List<Conversations.FlaggedMessage> items, String nextCursor) {
    }

    /** An open report about a message, with the message. */
    record ReportedMessage(UUID id, ReportReason reason, String explanation, boolean goodFaith, UUID reporterId,
                           Instant createdAt, Conversations.MessageRef message) {
    }

    @Get("/messages")
    @Operation(summary = "Messages moderation flagged, newest first",
            description = "CONTACT_IN_TEXT (a phone number, an e-mail or a link) and PAYMENT_SCAM (Western Union, mandat "
                    + "cash, coupons PCS or Transcash, a \"coursier\"), each with what was found. Paged by cursor.")
    FlaggedPage flagged(@QueryValue(defaultValue = "50") @Min(1) @Max(100) int limit,
                        @Nullable @QueryValue String cursor) {
        var page = conversations.flagged(limit, cursor);
        return new FlaggedPage(page.items(), page.nextCursor());
    }

    @Get("/reports/messages")
    @Transactional(readOnly = true)
    @Operation(summary = "Open reports about messages, oldest first, each with its message")
    List<ReportedMessage> reports() {
        return reports.findOpen().stream().map(r -> new ReportedMessage(r.id(), r.reason(), r.explanation(),
                r.goodFaith(), r.reporterId(), r.createdAt(), conversations.message(r.messageId()))).toList();
    }

    @Post("/reports/messages/{id}/resolve")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Close a report about a message", description = "404 when it is unknown or closed already.")
    HttpResponse<Void> resolve(@PathVariable UUID id) {
        if (reports.resolve(id, clock.instant()) == 0) {
            throw new NotFoundException("No open report " + id);
        }
        return HttpResponse.noContent();
    }
}

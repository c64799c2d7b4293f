package annonces.moderation;

import annonces.accounts.Caller;
import annonces.conversations.Conversations;
import annonces.system.ConflictException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

@Controller("/api/v1/messages/{id}/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Conversations")
class MessageReportController {

    private final Conversations conversations;
    private final MessageReportRepository reports;
    private final Clock clock;

    MessageReportController(Conversations conversations, MessageReportRepository reports, Clock clock) {
        this.conversations = conversations;
        this.reports = reports;
        this.clock = clock;
    }

    @Post
    @Transactional
    @Operation(summary = "Report a message received in a conversation",
            description = "202 once received (again by the same participant: received once). The DSA notice of ad "
                    + "reports: reason, explanation, good faith. Participants only (404 otherwise); not one's own "
                    + "message (409). Admins read it at GET /api/v1/admin/reports/messages.")
    HttpResponse<Map<String, Object>> report(Authentication authentication, @PathVariable String id,
                                             @Body @Valid MessageNotice notice) {
        Caller caller = Caller.of(authentication);
        Conversations.MessageRef message = conversations.messageSeenBy(caller, id);
        if (conversations.wroteIt(caller, message)) {
            throw new ConflictException("This is your own message: report what you received");
        }
        String explanation = notice.explanation() == null || notice.explanation().isBlank() ? null
                : notice.explanation().strip();
        boolean first = reports.insertOnce(UUID.randomUUID(), message.messageId(), caller.accountId(),
                notice.reason().name(), explanation, Boolean.TRUE.equals(notice.goodFaith()), clock.instant()) == 1;
        return HttpResponse.accepted().body(Map.of("messageId", message.messageId(), "received", true,
                "alreadyReported", !first));
    }
}

package annonces.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /dev/mailbox}, in the {@code dev} environment only: every mail the service wrote, newest first, as a
 * page to click through (the links in a verification mail work from here) and as JSON for scripts. It shows
 * every recipient's mail to anyone, which is why it never exists outside {@code dev}.
 */
@Controller("/dev/mailbox")
@Requires(env = Environment.DEVELOPMENT)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class DevMailboxController {

    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");
    private static final int SHOWN = 100;

    private final OutboxRepository outbox;
    private final MailTemplates templates;

    DevMailboxController(OutboxRepository outbox, MailTemplates templates) {
        this.outbox = outbox;
        this.templates = templates;
    }

    @Get
    HttpResponse<String> page() {
        List<MailboxEntry> letters = outbox.newest(SHOWN).stream().map(MailboxEntry::from).toList();
        return HttpResponse.ok(templates.page("dev-mailbox", Map.of("letters", letters))).contentType(HTML);
    }

    @Get("/messages")
    @Produces(MediaType.APPLICATION_JSON)
    List<MailboxEntry> messages(@QueryValue(defaultValue = "") String to) {
        return outbox.newest(SHOWN).stream()
                .filter(m -> to.isEmpty() || m.recipient().equalsIgnoreCase(to))
                .map(MailboxEntry::from).toList();
    }

    /** The HTML part of one mail, as a mail reader would show it. */
    @Get("/{id}")
    HttpResponse<String> one(UUID id) {
        return outbox.findById(id).map(m -> HttpResponse.ok(m.htmlBody()).contentType(HTML))
                .orElseGet(HttpResponse::notFound);
    }

}

package annonces.conversations;

import annonces.accounts.Caller;
import annonces.system.ClientAddresses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.net.URI;
import java.util.List;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Conversations")
class ConversationController {

    private final Conversations conversations;
    private final ClientAddresses addresses;

    ConversationController(Conversations conversations, ClientAddresses addresses) {
        this.conversations = conversations;
        this.addresses = addresses;
    }

    /** A page of the inbox. */
    record InboxPage(List<ConversationView> items, String nextCursor) {
    }

    /** A page of a thread, newest message first. */
    record ThreadPage(List<MessageView> items, String nextCursor) {
    }

    @Post("/listings/{id}/conversations")
    @Operation(summary = "Write to the seller of a published ad",
            description = "201 with the new conversation (Location header), or 200 when the caller already has one on "
                    + "this ad: the message continues it. Any account but the seller's, once its address is confirmed "
                    + "(403 before). Plain text, 1 to 2,000 characters, line breaks kept, control characters refused. "
                    + "At most 10 new conversations an hour per account and 20 per client, and 120 messages an hour "
                    + "(429 with Retry-After). 403 when the seller blocked the caller; 404 for an ad that is not public.")
    HttpResponse<ConversationView> open(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                        @Body @Valid NewMessage message) {
        Conversations.Opened opened = conversations.open(Caller.of(authentication), id, message.message(),
                addresses.clientOf(request));
        URI location = URI.create("/api/v1/conversations/" + opened.conversation().id());
        return opened.created() ? HttpResponse.created(opened.conversation(), location)
                : HttpResponse.ok(opened.conversation()).header("Location", location.toString());
    }

    @Get("/me/conversations")
    @Operation(summary = "The caller's conversations, as buyer and as seller, newest activity first",
            description = "Each with the ad (title, status, first photo when it has one), the other party's display name "
                    + "only, the last message and the count of the other side's unread messages. Page with limit "
                    + "(1 to 100, default 20) and the nextCursor of the previous page.")
    InboxPage inbox(Authentication authentication, @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                    @Nullable @QueryValue String cursor) {
        var page = conversations.inbox(Caller.of(authentication), limit, cursor);
        return new InboxPage(page.items(), page.nextCursor());
    }

    @Get("/conversations/{id}")
    @Operation(summary = "One of the caller's conversations", description = "404 for anyone but its two sides.")
    ConversationView one(Authentication authentication, @PathVariable String id) {
        return conversations.one(Caller.of(authentication), id);
    }

    @Get("/conversations/{id}/messages")
    @Operation(summary = "The messages of a conversation, newest first",
            description = "Its two sides, and admins; 404 for anyone else. A message from the other side carries the "
                    + "warnings moderation found in it (CONTACT_IN_TEXT, PAYMENT_SCAM). Page with limit and cursor.")
    ThreadPage messages(Authentication authentication, @PathVariable String id,
                        @QueryValue(defaultValue = "50") @Min(1) @Max(100) int limit,
                        @Nullable @QueryValue String cursor) {
        var page = conversations.thread(Caller.of(authentication), id, limit, cursor);
        return new ThreadPage(page.items(), page.nextCursor());
    }

    @Post("/conversations/{id}/messages")
    @Operation(summary = "Write in a conversation",
            description = "201 with the message. The other side is told by mail, at most once every 15 minutes per "
                    + "conversation (a digest of what it has not read), with the text and a link, never an address. "
                    + "403 when the other side blocked the caller; 409 when its account is closed.")
    HttpResponse<MessageView> post(Authentication authentication, @PathVariable String id,
                                   @Body @Valid NewMessage message) {
        return HttpResponse.created(conversations.post(Caller.of(authentication), id, message.message()));
    }

    @Post("/conversations/{id}/read")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark the conversation read", description = "The other side's messages up to now are read.")
    HttpResponse<Void> read(Authentication authentication, @PathVariable String id) {
        conversations.markRead(Caller.of(authentication), id);
        return HttpResponse.noContent();
    }

    @Post("/conversations/{id}/block")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Block the other party",
            description = "It can no longer write to the caller, in this conversation or any other, nor open a new one "
                    + "on the caller's ads (403). It is not told.")
    HttpResponse<Void> block(Authentication authentication, @PathVariable String id) {
        conversations.block(Caller.of(authentication), id, true);
        return HttpResponse.noContent();
    }

    @Delete("/conversations/{id}/block")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unblock the other party")
    HttpResponse<Void> unblock(Authentication authentication, @PathVariable String id) {
        conversations.block(Caller.of(authentication), id, false);
        return HttpResponse.noContent();
    }
}

package annonces.conversations;

import annonces.system.Pages;
import annonces.system.InvalidInputException;
import annonces.system.ServiceException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /messages/{id}?token=…}: the page a digest's link opens, to read the conversation and answer without
 * logging in. The signed token in the link speaks for the side it was mailed to, for 30 days; every text is
 * escaped by the template.
 */
@Controller("/messages/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class ConversationPageController {


    private final Conversations conversations;
    private final Pages pages;

    ConversationPageController(Conversations conversations, Pages pages) {
        this.conversations = conversations;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> show(@PathVariable String id, @Nullable @QueryValue String token) {
        try {
            Conversations.LinkSide side = conversations.byLink(id, token);
            return page(HttpStatus.OK, id, token, side, null);
        } catch (InvalidInputException e) {
            return expired();
        }
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> answer(@PathVariable String id, @Nullable @QueryValue String token,
                                @Body Map<String, String> form) {
        Conversations.LinkSide side;
        try {
            side = conversations.byLink(id, token);
        } catch (InvalidInputException e) {
            return expired();
        }
        try {
            conversations.post(side, form.getOrDefault("message", ""));
        } catch (ServiceException e) {
            return page(HttpStatus.BAD_REQUEST, id, token, side, e.getMessage());
        }
        return HttpResponse.<String>seeOther(URI.create("/messages/" + id + "?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    private MutableHttpResponse<String> page(HttpStatus status, String id, String token, Conversations.LinkSide side,
                                             @Nullable String error) {
        ConversationView conversation = conversations.one(side);
        List<MessageView> messages = new ArrayList<>(conversations.thread(side, 100));
        Collections.reverse(messages);
        Map<String, Object> model = new HashMap<>();
        model.put("conversation", conversation);
        model.put("messages", messages);
        model.put("action", "/messages/" + id + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        model.put("error", error);
        return render(status, "conversations/thread", model);
    }

    private MutableHttpResponse<String> expired() {
        Map<String, Object> model = new HashMap<>();
        model.put("conversation", null);
        model.put("messages", List.of());
        model.put("action", "");
        model.put("error", "Ce lien a expiré ou n'est pas valable. Connectez-vous pour retrouver vos conversations.");
        return render(HttpStatus.BAD_REQUEST, "conversations/thread", model);
    }

    private MutableHttpResponse<String> render(HttpStatus status, String template, Map<String, Object> model) {
        return pages.render(status, template, model);
    }
}
